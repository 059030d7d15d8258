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
 * A deep, frozen copy through JSON: what is not plain data fails here as it would in a
 * persistent store, and nobody can change a stored session behind the store's back.
 */
function plainCopy(session: LoginSession): LoginSession {
  return deepFreeze(JSON.parse(JSON.stringify(session)) as LoginSession);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
