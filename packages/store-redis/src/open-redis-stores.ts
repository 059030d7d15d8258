import {
  ConfigurationError,
  type CorruptRecord,
  ErrorCode,
  makeKeyCheck,
  type ResealableStore,
  type ResealReport,
  type Sealer,
  StoreError,
  verifyKeyChecks,
} from '@botlogin/core';
import { Redis } from 'ioredis';
import { RedisKeys, redisLayoutVersion } from './actions/redis-keys.js';
import { resealRedis } from './actions/reseal-redis.js';
import { RedisSessionStore } from './services/redis-session-store.js';
import { RedisTokenStore } from './services/redis-token-store.js';

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]`; or pass `client`. */
  readonly url?: string;
  /** A connected ioredis client to use instead of `url`; the caller keeps ownership. */
  readonly client?: Redis;
  /** Seals device codes, delivery handles and tokens; see `parseSealingKeys` in the core. */
  readonly sealer: Sealer;
  /** Put in front of every key, so several bots can share a database. @defaultValue `botlogin:v1:` */
  readonly prefix?: string;
  /** Seconds an ended, delivered session is kept; 0 keeps it until `prune`. @defaultValue 604800 */
  readonly endedTtlSeconds?: number;
  /** Told about each unreadable token record that `tokens.list` skips. */
  readonly onCorrupt?: (record: CorruptRecord) => void;
}

/** The session and token stores on one Redis connection. */
export interface RedisStores extends ResealableStore {
  readonly sessions: RedisSessionStore;
  readonly tokens: RedisTokenStore;
  readonly client: Redis;
  readonly keys: RedisKeys;
  reseal(): Promise<ResealReport>;
  close(): Promise<void>;
}

/**
 * Connects to Redis, checks the key layout version, and checks that the configured sealing keys
 * open what the database holds.
 *
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when a key is missing or wrong, the URL is
 *   missing, or the keys follow a newer layout.
 * @throws StoreError `BOTLOGIN_TRANSPORT` when Redis cannot be reached.
 */
export async function openRedisStores(options: RedisStoreOptions): Promise<RedisStores> {
  if (typeof options?.sealer?.seal !== 'function') {
    throw new ConfigurationError(
      'The Redis store needs a `sealer` (new Sealer(parseSealingKeys(process.env.' +
        'BOTLOGIN_SEALING_KEYS))): it never writes tokens or device codes unsealed.',
    );
  }
  if (options.client === undefined && !options.url) {
    throw new ConfigurationError('The Redis store needs a `url` (redis://host:6379) or a client.');
  }
  const owned = options.client === undefined;
  const client =
    options.client ?? new Redis(options.url ?? '', { lazyConnect: true, maxRetriesPerRequest: 3 });
  // ioredis reconnects by itself; without a listener each failed attempt would be thrown as an
  // unhandled 'error' event. Commands still reject while it is away.
  if (owned) client.on('error', () => {});
  const keys = new RedisKeys(options.prefix ?? 'botlogin:v1:');
  try {
    if (owned) await connect(client);
    await checkLayout(client, keys);
    const checks = Object.entries(await client.hgetall(keys.keyChecks)).map(([keyId, value]) => ({
      keyId,
      value,
    }));
    if (!verifyKeyChecks(options.sealer, checks)) {
      const check = makeKeyCheck(options.sealer);
      await client.hsetnx(keys.keyChecks, check.keyId, check.value);
    }
  } catch (error) {
    if (owned) client.disconnect();
    throw error;
  }

  let closed = false;
  const close = async () => {
    if (closed || !owned) return;
    closed = true;
    await client.quit().catch(() => client.disconnect());
  };
  const sessions = new RedisSessionStore(
    client,
    keys,
    options.sealer,
    options.endedTtlSeconds ?? 604_800,
  );
  const tokens = new RedisTokenStore(client, keys, options.sealer, options.onCorrupt);
  sessions.closer = close;
  tokens.closer = close;
  return {
    sessions,
    tokens,
    client,
    keys,
    reseal: () => resealRedis(client, keys, options.sealer),
    close,
  };
}

async function connect(client: Redis): Promise<void> {
  try {
    await client.connect();
  } catch (error) {
    throw new StoreError(
      ErrorCode.Transport,
      'Could not connect to Redis; check the URL and that the server is running.',
      undefined,
      { cause: error },
    );
  }
}

async function checkLayout(client: Redis, keys: RedisKeys): Promise<void> {
  const stored = await client.get(keys.schema);
  if (stored === null) {
    await client.set(keys.schema, String(redisLayoutVersion), 'NX');
    return;
  }
  if (Number(stored) > redisLayoutVersion) {
    throw new ConfigurationError(
      `The Redis keys under "${keys.prefix}" follow layout ${stored}, newer than this ` +
        `release's ${redisLayoutVersion}; upgrade @botlogin/store-redis.`,
    );
  }
}
