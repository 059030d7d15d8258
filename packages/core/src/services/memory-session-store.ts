import type { LoginSession } from '../models/login-session.js';
import type { CorruptRecord, InsertResult, SessionStore } from './session-store.js';

/**
 * Sessions in this process's memory, kept as JSON text so that anything not plain data fails
 * here as it would in a persistent store. Lost on restart: use the SQLite, Redis or PostgreSQL
 * store where logins must survive one.
 */
export class MemorySessionStore implements SessionStore {
  readonly #records = new Map<string, string>();
  /** `${chatUserKey}\n${providerId}` to the id of the pending session. */
  readonly #pending = new Map<string, string>();

  async insert(session: LoginSession): Promise<InsertResult> {
    const key = pendingKey(session.chatUserKey, session.providerId);
    const existingId = this.#pending.get(key);
    const existing = existingId === undefined ? undefined : this.#read(existingId);
    if (existing?.state === 'pending') return { inserted: false, existing };
    this.#records.set(session.id, JSON.stringify(session));
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
    this.#records.set(session.id, JSON.stringify(session));
    const key = pendingKey(session.chatUserKey, session.providerId);
    if (session.state !== 'pending' && this.#pending.get(key) === session.id) {
      this.#pending.delete(key);
    }
    return true;
  }

  async listUnfinished(onCorrupt?: (record: CorruptRecord) => void): Promise<LoginSession[]> {
    const unfinished: LoginSession[] = [];
    for (const [id, text] of this.#records) {
      try {
        const session = JSON.parse(text) as LoginSession;
        if (session.state === 'pending' || !session.delivered) unfinished.push(session);
      } catch (error) {
        onCorrupt?.({ id, reason: (error as Error).message });
      }
    }
    return unfinished;
  }

  async prune(endedBefore: number): Promise<number> {
    let removed = 0;
    for (const [id, text] of this.#records) {
      const session = JSON.parse(text) as LoginSession;
      const endedAt = session.outcome?.endedAt;
      if (endedAt !== undefined && endedAt < endedBefore && session.delivered) {
        this.#records.delete(id);
        removed += 1;
      }
    }
    return removed;
  }

  #read(id: string): LoginSession | undefined {
    const text = this.#records.get(id);
    return text === undefined ? undefined : (JSON.parse(text) as LoginSession);
  }
}

function pendingKey(chatUserKey: string, providerId: string): string {
  return `${chatUserKey}\n${providerId}`;
}
