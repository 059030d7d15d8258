import {
  type CorruptRecord,
  openStoredLogin,
  type Sealer,
  type StoredLogin,
  sealStoredLogin,
  type TokenStore,
} from '@botlogin/core';
import type Database from 'better-sqlite3';

interface TokenRow {
  readonly provider_id: string;
  readonly body: string;
}

/**
 * Tokens in SQLite, sealed. `put` is one upsert whose `WHERE` keeps the newer token, so two
 * processes refreshing at once cannot replace a newer token with an older one.
 */
export class SqliteTokenStore implements TokenStore {
  readonly #db: Database.Database;
  readonly #sealer: Sealer;
  readonly #onCorrupt: (record: CorruptRecord) => void;
  readonly #get: Database.Statement<[string, string], TokenRow>;
  readonly #list: Database.Statement<[string], TokenRow>;
  readonly #put: Database.Statement;
  readonly #delete: Database.Statement<[string, string]>;

  /** @param onCorrupt - told about each unreadable record `list` skips. */
  constructor(db: Database.Database, sealer: Sealer, onCorrupt?: (record: CorruptRecord) => void) {
    this.#db = db;
    this.#sealer = sealer;
    this.#onCorrupt = onCorrupt ?? (() => {});
    this.#get = db.prepare(
      'SELECT provider_id, body FROM botlogin_tokens WHERE chat_user_key = ? AND provider_id = ?',
    );
    this.#list = db.prepare(
      'SELECT provider_id, body FROM botlogin_tokens WHERE chat_user_key = ? ORDER BY provider_id',
    );
    this.#put = db.prepare(
      `INSERT INTO botlogin_tokens (chat_user_key, provider_id, obtained_at, body)
       VALUES (@chatUserKey, @providerId, @obtainedAt, @body)
       ON CONFLICT (chat_user_key, provider_id) DO UPDATE
         SET obtained_at = excluded.obtained_at, body = excluded.body
         WHERE excluded.obtained_at >= botlogin_tokens.obtained_at`,
    );
    this.#delete = db.prepare(
      'DELETE FROM botlogin_tokens WHERE chat_user_key = ? AND provider_id = ?',
    );
  }

  async get(chatUserKey: string, providerId: string): Promise<StoredLogin | undefined> {
    const row = this.#get.get(chatUserKey, providerId);
    return row === undefined
      ? undefined
      : openStoredLogin(this.#sealer, chatUserKey, providerId, row.body);
  }

  async put(chatUserKey: string, login: StoredLogin): Promise<boolean> {
    const result = this.#put.run({
      chatUserKey,
      providerId: login.providerId,
      obtainedAt: login.tokens.obtainedAt,
      body: sealStoredLogin(this.#sealer, chatUserKey, login),
    });
    return result.changes === 1;
  }

  async list(chatUserKey: string): Promise<StoredLogin[]> {
    const logins: StoredLogin[] = [];
    for (const row of this.#list.all(chatUserKey)) {
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
    this.#delete.run(chatUserKey, providerId);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}
