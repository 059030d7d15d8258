import type { LoginSession } from '../models/login-session.js';
import type { InsertResult, SessionStore } from './session-store.js';

/**
 * Sessions in this process's memory, kept as frozen plain copies so that anything not plain
 * data fails here as it would in a persistent store. Lost on restart: use the SQLite, Redis or PostgreSQL
 * store where logins must survive one.
 */
export class MemorySessionStore implements SessionStore {
  readonly #records = new Map<string, LoginSession>();
  /** `${chatUserKey}\n${providerId}` to the id of the pending session. */
  readonly #pending = new Map<string, string>();

  async insert(session: LoginSession): Promise<InsertResult> {
    const key = pendingKey(session.chatUserKey, session.providerId);
    const existingId = this.#pending.get(key);
    const existing = existingId === undefined ? undefined : this.#read(existingId);
    if (existing?.state === 'pending') return { inserted: false, existing };
    this.#records.set(session.id, plainCopy(session));
    if (session.state === 'pending') this.#pending.set(key, session.id);
    return { inserted: true };
  }

  async get(id: string): Promise<LoginSession | undefined> {
    return this.#read(id);
  }

  async findPending(chatUserKey: string, providerId: string): Promise<LoginSession | undefined> {
    const id = this.#pending.get(pendingKey(chatUserKey, providerId));
    const session = id === undefined ? undefined : this.#read(id);
    return session?.state === 'pending' ? session : undefined;
  }

  async update(session: LoginSession): Promise<boolean> {
    const stored = this.#read(session.id);
    if (stored === undefined || stored.version !== session.version - 1) return false;
    this.#records.set(session.id, plainCopy(session));
    const key = pendingKey(session.chatUserKey, session.providerId);
    if (session.state !== 'pending' && this.#pending.get(key) === session.id) {
      this.#pending.delete(key);
    }
    return true;
  }

  // Records in memory were copied as plain data on the way in, so none can be unreadable.
  async listUnfinished(): Promise<LoginSession[]> {
    const unfinished: LoginSession[] = [];
    for (const session of this.#records.values()) {
      if (session.state === 'pending' || !session.delivered) unfinished.push(session);
    }
    return unfinished;
  }

  async prune(endedBefore: number): Promise<number> {
    let removed = 0;
    for (const [id, session] of this.#records) {
      const endedAt = session.outcome?.endedAt;
      if (endedAt !== undefined && endedAt < endedBefore && session.delivered) {
        this.#records.delete(id);
        removed += 1;
      }
    }
    return removed;
  }

  #read(id: string): LoginSession | undefined {
    return this.#records.get(id);
  }
}

function pendingKey(chatUserKey: string, providerId: string): string {
  return `${chatUserKey}\n${providerId}`;
}

/**
 * A frozen copy that shares nothing with the caller. The free-form parts (the delivery handle an
 * adapter attached, the outcome) go through JSON, so what is not plain data fails here as it
 * would in a persistent store; the rest are typed fields, copied directly, which keeps a poll's
 * two writes cheap.
 */
function plainCopy(session: LoginSession): LoginSession {
  const { chatUser, delivery, outcome } = session;
  // One object literal with every field in a fixed order gives all records one compact V8
  // shape, where spreads of many optional fields would leave slow dictionary-mode objects.
  // Absent optional fields hold undefined, which JSON drops as it drops absent ones.
  const record: Record<keyof LoginSession, unknown> = {
    id: session.id,
    version: session.version,
    providerId: session.providerId,
    chatUser: Object.freeze({ ...chatUser }),
    chatUserKey: session.chatUserKey,
    state: session.state,
    deviceCode: session.deviceCode,
    userCode: session.userCode,
    verificationUri: session.verificationUri,
    verificationUriComplete: session.verificationUriComplete,
    providerMessage: session.providerMessage,
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
    interval: session.interval,
    nextPollAt: session.nextPollAt,
    lastPollAt: session.lastPollAt,
    pollCount: session.pollCount,
    slowDownCount: session.slowDownCount,
    transientFailures: session.transientFailures,
    locale: session.locale,
    delivery: delivery === undefined ? undefined : jsonCopy(delivery),
    outcome: outcome === undefined ? undefined : jsonCopy(outcome),
    delivered: session.delivered,
    deliveryAttempts: session.deliveryAttempts,
  };
  return Object.freeze(record) as unknown as LoginSession;
}

function jsonCopy<T>(value: T): T {
  return deepFreeze(JSON.parse(JSON.stringify(value)) as T);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
