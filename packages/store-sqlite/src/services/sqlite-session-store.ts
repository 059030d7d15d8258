import {
  type CorruptRecord,
  ErrorCode,
  type InsertResult,
  type LoginSession,
  openSession,
  type Sealer,
  type SessionStore,
  StoreError,
  sealSession,
} from '@botlogin/core';
import type Database from 'better-sqlite3';

interface SessionRow {
  readonly id: string;
  readonly body: string;
}

/**
 * Login sessions in SQLite. The partial unique index on pending sessions makes `insert` atomic
 * across connections, and `update` is one `UPDATE … WHERE version = ?`. The device code and
 * delivery handle are sealed in `body`.
 */
export class SqliteSessionStore implements SessionStore {
  readonly #db: Database.Database;
  readonly #sealer: Sealer;
  readonly #insert: Database.Statement;
  readonly #get: Database.Statement<[string], SessionRow>;
  readonly #pending: Database.Statement<[string, string], SessionRow>;
  readonly #update: Database.Statement;
  readonly #unfinished: Database.Statement<[], SessionRow>;
  readonly #prune: Database.Statement<[number]>;

  constructor(db: Database.Database, sealer: Sealer) {
    this.#db = db;
    this.#sealer = sealer;
    this.#insert = db.prepare(
      `INSERT OR IGNORE INTO botlogin_sessions
         (id, chat_user_key, provider_id, state, version, ended_at, delivered, body)
       VALUES (@id, @chatUserKey, @providerId, @state, @version, @endedAt, @delivered, @body)`,
    );
    this.#get = db.prepare('SELECT id, body FROM botlogin_sessions WHERE id = ?');
    this.#pending = db.prepare(
      `SELECT id, body FROM botlogin_sessions
       WHERE chat_user_key = ? AND provider_id = ? AND state = 'pending'`,
    );
    this.#update = db.prepare(
      `UPDATE botlogin_sessions
       SET state = @state, version = @version, ended_at = @endedAt, delivered = @delivered,
           body = @body
       WHERE id = @id AND version = @version - 1`,
    );
    this.#unfinished = db.prepare(
      `SELECT id, body FROM botlogin_sessions WHERE state = 'pending' OR delivered = 0`,
    );
    this.#prune = db.prepare('DELETE FROM botlogin_sessions WHERE delivered = 1 AND ended_at < ?');
  }

  async insert(session: LoginSession): Promise<InsertResult> {
    for (;;) {
      if (this.#insert.run(this.#row(session)).changes === 1) return { inserted: true };
      const existing = await this.findPending(session.chatUserKey, session.providerId);
      if (existing !== undefined) return { inserted: false, existing };
      if (this.#get.get(session.id) !== undefined) {
        throw new StoreError(
          ErrorCode.CorruptRecord,
          'A login session with this id already exists.',
          session.id,
        );
      }
      // The pending one ended between the two statements: try again.
    }
  }

  async get(id: string): Promise<LoginSession | undefined> {
    const row = this.#get.get(id);
    return row === undefined ? undefined : openSession(this.#sealer, row.id, row.body);
  }

  async findPending(chatUserKey: string, providerId: string): Promise<LoginSession | undefined> {
    const row = this.#pending.get(chatUserKey, providerId);
    return row === undefined ? undefined : openSession(this.#sealer, row.id, row.body);
  }

  async update(session: LoginSession): Promise<boolean> {
    return this.#update.run(this.#row(session)).changes === 1;
  }

  async listUnfinished(onCorrupt?: (record: CorruptRecord) => void): Promise<LoginSession[]> {
    const sessions: LoginSession[] = [];
    for (const row of this.#unfinished.all()) {
      try {
        sessions.push(openSession(this.#sealer, row.id, row.body));
      } catch (error) {
        onCorrupt?.({ id: row.id, reason: (error as Error).message });
      }
    }
    return sessions;
  }

  async prune(endedBefore: number): Promise<number> {
    return this.#prune.run(endedBefore).changes;
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }

  #row(session: LoginSession) {
    return {
      id: session.id,
      chatUserKey: session.chatUserKey,
      providerId: session.providerId,
      state: session.state,
      version: session.version,
      endedAt: session.outcome?.endedAt ?? null,
      delivered: session.delivered ? 1 : 0,
      body: sealSession(this.#sealer, session),
    };
  }
}
