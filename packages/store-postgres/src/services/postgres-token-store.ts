import {
  type CorruptRecord,
  openStoredLogin,
  type Sealer,
  type StoredLogin,
  sealStoredLogin,
  type TokenStore,
} from '@botlogin/core';
import type { Pool } from 'pg';

/**
 * Sealed tokens in PostgreSQL. `put` is one upsert whose `WHERE` keeps the newer token, so two
 * processes refreshing at once cannot replace a newer token with an older one.
 */
export class PostgresTokenStore implements TokenStore {
  readonly #pool: Pool;
  readonly #table: string;
  readonly #sealer: Sealer;
  readonly #onCorrupt: (record: CorruptRecord) => void;
  /** Releases the pool when the stores own it; set by `openPostgresStores`. */
  closer: (() => Promise<void>) | undefined;

  /** @param schema - the quoted schema name. */
  constructor(
    pool: Pool,
    schema: string,
    sealer: Sealer,
    onCorrupt?: (record: CorruptRecord) => void,
  ) {
    this.#pool = pool;
    this.#table = `${schema}.tokens`;
    this.#sealer = sealer;
    this.#onCorrupt = onCorrupt ?? (() => {});
  }

  async get(chatUserKey: string, providerId: string): Promise<StoredLogin | undefined> {
    const { rows } = await this.#pool.query<{ body: string }>(
      `SELECT body FROM ${this.#table} WHERE chat_user_key = $1 AND provider_id = $2`,
      [chatUserKey, providerId],
    );
    const body = rows[0]?.body;
    return body === undefined
      ? undefined
      : openStoredLogin(this.#sealer, chatUserKey, providerId, body);
  }

  async put(chatUserKey: string, login: StoredLogin): Promise<boolean> {
    const { rowCount } = await this.#pool.query(
      `INSERT INTO ${this.#table} AS t (chat_user_key, provider_id, obtained_at, body)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (chat_user_key, provider_id) DO UPDATE
         SET obtained_at = excluded.obtained_at, body = excluded.body
         WHERE excluded.obtained_at >= t.obtained_at`,
      [
        chatUserKey,
        login.providerId,
        login.tokens.obtainedAt,
        sealStoredLogin(this.#sealer, chatUserKey, login),
      ],
    );
    return rowCount === 1;
  }

  async list(chatUserKey: string): Promise<StoredLogin[]> {
    const { rows } = await this.#pool.query<{ provider_id: string; body: string }>(
      `SELECT provider_id, body FROM ${this.#table} WHERE chat_user_key = $1 ORDER BY provider_id`,
      [chatUserKey],
    );
    const logins: StoredLogin[] = [];
    for (const row of rows) {
      try {
        logins.push(openStoredLogin(this.#sealer, chatUserKey, row.provider_id, row.body));
      } catch (error) {
        this.#onCorrupt({
          id: `${chatUserKey}/${row.provider_id}`,
          reason: (error as Error).message,
        });
      }
    }
    return logins;
  }

  async delete(chatUserKey: string, providerId: string): Promise<void> {
    await this.#pool.query(
      `DELETE FROM ${this.#table} WHERE chat_user_key = $1 AND provider_id = $2`,
      [chatUserKey, providerId],
    );
  }

  async close(): Promise<void> {
    await this.closer?.();
  }
}
