import {
  type CorruptRecord,
  openStoredLogin,
  type Sealer,
  type StoredLogin,
  sealStoredLogin,
  type TokenStore,
} from '@botlogin/core';
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../actions/redis-keys.js';
import { putTokens } from '../actions/redis-scripts.js';
import { runScript } from '../actions/run-script.js';

/** Sealed tokens in one Redis hash per chat user; `put` keeps the newer in a Lua script. */
export class RedisTokenStore implements TokenStore {
  readonly #client: Redis;
  readonly #keys: RedisKeys;
  readonly #sealer: Sealer;
  /** Releases the connection when the stores own it; set by `openRedisStores`. */
  closer: (() => Promise<void>) | undefined;
  readonly #onCorrupt: (record: CorruptRecord) => void;

  constructor(
    client: Redis,
    keys: RedisKeys,
    sealer: Sealer,
    onCorrupt?: (record: CorruptRecord) => void,
  ) {
    this.#client = client;
    this.#keys = keys;
    this.#sealer = sealer;
    this.#onCorrupt = onCorrupt ?? (() => {});
  }

  async get(chatUserKey: string, providerId: string): Promise<StoredLogin | undefined> {
    const body = await this.#client.hget(this.#keys.tokens(chatUserKey), providerId);
    return body === null ? undefined : openStoredLogin(this.#sealer, chatUserKey, providerId, body);
  }

  async put(chatUserKey: string, login: StoredLogin): Promise<boolean> {
    const result = await runScript(
      this.#client,
      putTokens,
      [this.#keys.tokens(chatUserKey), this.#keys.tokenTimes(chatUserKey)],
      [
        login.providerId,
        login.tokens.obtainedAt,
        sealStoredLogin(this.#sealer, chatUserKey, login),
      ],
    );
    return result === 1;
  }

  async list(chatUserKey: string): Promise<StoredLogin[]> {
    const all = await this.#client.hgetall(this.#keys.tokens(chatUserKey));
    const logins: StoredLogin[] = [];
    for (const providerId of Object.keys(all).sort()) {
      try {
        logins.push(openStoredLogin(this.#sealer, chatUserKey, providerId, all[providerId] ?? ''));
      } catch (error) {
        this.#onCorrupt({ id: `${chatUserKey}/${providerId}`, reason: (error as Error).message });
      }
    }
    return logins;
  }

  async delete(chatUserKey: string, providerId: string): Promise<void> {
    await this.#client
      .multi()
      .hdel(this.#keys.tokens(chatUserKey), providerId)
      .hdel(this.#keys.tokenTimes(chatUserKey), providerId)
      .exec();
  }

  async close(): Promise<void> {
    await this.closer?.();
  }
}
