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
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../actions/redis-keys.js';
import { insertSession, updateSession } from '../actions/redis-scripts.js';
import { runScript } from '../actions/run-script.js';

/** Sessions read per round trip by `listUnfinished` and `prune`. */
const batchSize = 500;

/**
 * Login sessions in Redis hashes. `insert` and `update` are Lua scripts, so the pending-session
 * rule and the compare-and-set hold across processes; ended, delivered sessions expire after
 * `endedTtlSeconds` and are also removed by `prune`.
 */
export class RedisSessionStore implements SessionStore {
  readonly #client: Redis;
  readonly #keys: RedisKeys;
  readonly #sealer: Sealer;
  /** Releases the connection when the stores own it; set by `openRedisStores`. */
  closer: (() => Promise<void>) | undefined;
  readonly #endedTtlSeconds: number;

  constructor(client: Redis, keys: RedisKeys, sealer: Sealer, endedTtlSeconds: number) {
    this.#client = client;
    this.#keys = keys;
    this.#sealer = sealer;
    this.#endedTtlSeconds = endedTtlSeconds;
  }

  async insert(session: LoginSession): Promise<InsertResult> {
    for (;;) {
      const result = await runScript(
        this.#client,
        insertSession,
        [
          this.#keys.session(session.id),
          this.#keys.pending(session.chatUserKey, session.providerId),
          this.#keys.unfinished,
        ],
        this.#args(session),
      );
      if (result === 1) return { inserted: true };
      if (result === 0) {
        throw new StoreError(
          ErrorCode.CorruptRecord,
          'A login session with this id already exists.',
          session.id,
        );
      }
      const existing = await this.get(String(result));
      if (existing?.state === 'pending') return { inserted: false, existing };
      // The pending one ended between the script and the read: try again.
    }
  }

  async get(id: string): Promise<LoginSession | undefined> {
    const body = await this.#client.hget(this.#keys.session(id), 'body');
    return body === null ? undefined : openSession(this.#sealer, id, body);
  }

  async findPending(chatUserKey: string, providerId: string): Promise<LoginSession | undefined> {
    const id = await this.#client.get(this.#keys.pending(chatUserKey, providerId));
    if (id === null) return undefined;
    const session = await this.get(id);
    return session?.state === 'pending' ? session : undefined;
  }

  async update(session: LoginSession): Promise<boolean> {
    const result = await runScript(
      this.#client,
      updateSession,
      [
        this.#keys.session(session.id),
        this.#keys.pending(session.chatUserKey, session.providerId),
        this.#keys.unfinished,
        this.#keys.ended,
      ],
      [...this.#args(session), this.#endedTtlSeconds],
    );
    return result === 1;
  }

  async listUnfinished(onCorrupt?: (record: CorruptRecord) => void): Promise<LoginSession[]> {
    const ids = await this.#client.smembers(this.#keys.unfinished);
    const sessions: LoginSession[] = [];
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      const pipeline = this.#client.pipeline();
      for (const id of batch) pipeline.hget(this.#keys.session(id), 'body');
      const replies = (await pipeline.exec()) ?? [];
      for (const [index, id] of batch.entries()) {
        const [error, body] = replies[index] ?? [new Error('no reply'), null];
        if (error !== null || typeof body !== 'string') {
          if (error === null) await this.#client.srem(this.#keys.unfinished, id);
          else onCorrupt?.({ id, reason: error.message });
          continue;
        }
        try {
          sessions.push(openSession(this.#sealer, id, body));
        } catch (caught) {
          onCorrupt?.({ id, reason: (caught as Error).message });
        }
      }
    }
    return sessions;
  }

  async prune(endedBefore: number): Promise<number> {
    let removed = 0;
    for (;;) {
      const ids = await this.#client.zrangebyscore(
        this.#keys.ended,
        '-inf',
        `(${endedBefore}`,
        'LIMIT',
        0,
        batchSize,
      );
      if (ids.length === 0) return removed;
      const pipeline = this.#client.pipeline();
      for (const id of ids) pipeline.del(this.#keys.session(id));
      pipeline.zrem(this.#keys.ended, ...ids);
      const replies = (await pipeline.exec()) ?? [];
      for (const [, deleted] of replies.slice(0, ids.length)) removed += Number(deleted);
    }
  }

  async close(): Promise<void> {
    await this.closer?.();
  }

  #args(session: LoginSession): (string | number)[] {
    return [
      session.id,
      session.version,
      session.state,
      session.delivered ? '1' : '0',
      session.outcome?.endedAt ?? 0,
      sealSession(this.#sealer, session),
    ];
  }
}
