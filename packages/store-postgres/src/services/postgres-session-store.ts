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
import type { Pool } from 'pg';

interface SessionRow {
  readonly id: string;
  readonly body: string;
}

/**
 * Login sessions in PostgreSQL. A partial unique index allows one pending session per chat user
 * and provider, so `insert` is one `INSERT … ON CONFLICT DO NOTHING`; `update` is one
 * `UPDATE … WHERE version = $n`.
 */
export class PostgresSessionStore implements SessionStore {
  readonly #pool: Pool;
  readonly #table: string;
  readonly #sealer: Sealer;
  /** Releases the pool when the stores own it; set by `openPostgresStores`. */
  closer: (() => Promise<void>) | undefined;

  /** @param schema - the quoted schema name. */
  constructor(pool: Pool, schema: string, sealer: Sealer) {
    this.#pool = pool;
    this.#table = `${schema}.sessions`;
    this.#sealer = sealer;
  }

  async insert(session: LoginSession): Promise<InsertResult> {
    for (;;) {
      const { rowCount } = await this.#pool.query(
        `INSERT INTO ${this.#table}
           (id, chat_user_key, provider_id, state, version, ended_at, delivered, body)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        this.#values(session),
      );
      if (rowCount === 1) return { inserted: true };
      const existing = await this.findPending(session.chatUserKey, session.providerId);
      if (existing !== undefined) return { inserted: false, existing };
      if ((await this.#row('SELECT id, body FROM $T WHERE id = $1', [session.id])) !== undefined) {
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
    const row = await this.#row('SELECT id, body FROM $T WHERE id = $1', [id]);
    return row === undefined ? undefined : openSession(this.#sealer, row.id, row.body);
  }

  async findPending(chatUserKey: string, providerId: string): Promise<LoginSession | undefined> {
    const row = await this.#row(
      `SELECT id, body FROM $T WHERE chat_user_key = $1 AND provider_id = $2 AND state = 'pending'`,
      [chatUserKey, providerId],
    );
    return row === undefined ? undefined : openSession(this.#sealer, row.id, row.body);
  }

  async update(session: LoginSession): Promise<boolean> {
    const { rowCount } = await this.#pool.query(
      `UPDATE ${this.#table}
       SET chat_user_key = $2, provider_id = $3, state = $4, version = $5, ended_at = $6,
           delivered = $7, body = $8
       WHERE id = $1 AND version = $5 - 1`,
      this.#values(session),
    );
    return rowCount === 1;
  }

  async listUnfinished(onCorrupt?: (record: CorruptRecord) => void): Promise<LoginSession[]> {
    const { rows } = await this.#pool.query<SessionRow>(
      `SELECT id, body FROM ${this.#table} WHERE state = 'pending' OR NOT delivered`,
    );
    const sessions: LoginSession[] = [];
    for (const row of rows) {
      try {
        sessions.push(openSession(this.#sealer, row.id, row.body));
      } catch (error) {
        onCorrupt?.({ id: row.id, reason: (error as Error).message });
      }
    }
    return sessions;
  }

  async prune(endedBefore: number): Promise<number> {
    const { rowCount } = await this.#pool.query(
      `DELETE FROM ${this.#table} WHERE delivered AND ended_at < $1`,
      [endedBefore],
    );
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.closer?.();
  }

  async #row(sql: string, values: unknown[]): Promise<SessionRow | undefined> {
    const { rows } = await this.#pool.query<SessionRow>(sql.replace('$T', this.#table), values);
    return rows[0];
  }

  #values(session: LoginSession): unknown[] {
    return [
      session.id,
      session.chatUserKey,
      session.providerId,
      session.state,
      session.version,
      session.outcome?.endedAt ?? null,
      session.delivered,
      sealSession(this.#sealer, session),
    ];
  }
}
