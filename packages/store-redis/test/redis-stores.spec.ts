import { randomUUID } from 'node:crypto';
import {
  anySession,
  describeStoreConformance,
  ErrorCode,
  generateSealingKey,
  Sealer,
} from '@botlogin/core';
import { Redis } from 'ioredis';
import * as vitest from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { openRedisStores, type RedisStores } from '../src/index.js';
import { deletePrefix, reachableRedis } from './redis-service.js';

const url = await reachableRedis();
const keyA = generateSealingKey('a');
const keyB = generateSealingKey('b');
/** One prefix per test file run, so parallel files and runs never share keys. */
const filePrefix = `botlogin-test:${randomUUID()}:`;
const admin = url === undefined ? undefined : new Redis(url);

afterAll(async () => {
  if (admin === undefined) return;
  await deletePrefix(admin, filePrefix);
  await admin.quit();
});

async function codeOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe.runIf(url !== undefined)('Redis stores', () => {
  const redisUrl = url ?? '';
  const redis = admin as Redis;

  describeStoreConformance(vitest, 'RedisSessionStore + RedisTokenStore', async () => {
    const prefix = `${filePrefix}${randomUUID()}:`;
    const opened: RedisStores[] = [];
    const keys = { prefix };
    return {
      connect: async () => {
        const stores = await openRedisStores({ url: redisUrl, sealer: new Sealer([keyA]), prefix });
        opened.push(stores);
        return stores;
      },
      corruptSession: async (id) => {
        await redis.hset(`${keys.prefix}session:${id}`, 'body', '{"id":');
      },
      corruptTokens: async (chatUserKey, providerId) => {
        await redis.hset(`${keys.prefix}tokens:${chatUserKey}`, providerId, 'garbage');
      },
      dispose: async () => {
        for (const stores of opened) await stores.close();
        await deletePrefix(redis, prefix);
      },
    };
  });

  describe('openRedisStores', () => {
    it('should leave no device code or token in plaintext in any key or DUMP', async () => {
      const prefix = `${filePrefix}plain:`;
      const stores = await openRedisStores({ url: redisUrl, sealer: new Sealer([keyA]), prefix });
      const session = anySession({
        deviceCode: 'DEVICE-CODE-PLAINTEXT-91b2',
        delivery: { platform: 'discord', data: { token: 'INTERACTION-TOKEN-PLAINTEXT-5c1' } },
      });
      await stores.sessions.insert(session);
      await stores.sessions.update({
        ...session,
        version: 2,
        state: 'approved',
        outcome: { state: 'approved', endedAt: 5 },
      });
      await stores.tokens.put('discord::1', {
        providerId: 'facebook',
        tokens: {
          accessToken: 'ACCESS-TOKEN-PLAINTEXT-77de',
          refreshToken: 'REFRESH-TOKEN-PLAINTEXT-0a9f',
          tokenType: 'bearer',
          scopes: [],
          obtainedAt: 1,
        },
      });
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.length).toBeGreaterThan(4);
      const chunks: Buffer[] = [];
      for (const key of keys) {
        chunks.push((await redis.dumpBuffer(key)) ?? Buffer.alloc(0), Buffer.from(key));
        const type = await redis.type(key);
        if (type === 'string') chunks.push(Buffer.from((await redis.get(key)) ?? ''));
        if (type === 'hash') chunks.push(Buffer.from(JSON.stringify(await redis.hgetall(key))));
        if (type === 'set') chunks.push(Buffer.from((await redis.smembers(key)).join()));
        if (type === 'zset') chunks.push(Buffer.from((await redis.zrange(key, 0, -1)).join()));
      }
      const bytes = Buffer.concat(chunks);
      for (const secret of ['DEVICE-CODE', 'INTERACTION-TOKEN', 'ACCESS-TOKEN', 'REFRESH-TOKEN']) {
        expect(bytes.includes(secret)).toBe(false);
      }
      expect(bytes.includes('WDJBMJHT')).toBe(true);
      await stores.close();
    });

    it('should refuse a missing or different key at startup', async () => {
      const prefix = `${filePrefix}keys:`;
      await (await openRedisStores({ url: redisUrl, sealer: new Sealer([keyA]), prefix })).close();
      const missing = () => openRedisStores({ url: redisUrl, sealer: new Sealer([keyB]), prefix });
      expect(await codeOf(missing)).toBe(ErrorCode.Configuration);
      const impostor = new Sealer([{ id: 'a', key: keyB.key }]);
      const wrong = () => openRedisStores({ url: redisUrl, sealer: impostor, prefix });
      expect(await codeOf(wrong)).toBe(ErrorCode.Configuration);
    });

    it('should reseal everything with the new key so the old one can be dropped', async () => {
      const prefix = `${filePrefix}reseal:`;
      const old = await openRedisStores({ url: redisUrl, sealer: new Sealer([keyA]), prefix });
      await old.sessions.insert(anySession());
      await old.tokens.put('discord::1', {
        providerId: 'facebook',
        tokens: { accessToken: 'token', tokenType: 'bearer', scopes: [], obtainedAt: 1 },
      });
      await old.close();
      const rotated = await openRedisStores({
        url: redisUrl,
        sealer: new Sealer([keyB, keyA]),
        prefix,
      });
      expect(await rotated.reseal()).toEqual({ resealed: 2, corrupt: [] });
      await rotated.close();
      const onlyNew = await openRedisStores({ url: redisUrl, sealer: new Sealer([keyB]), prefix });
      expect(await onlyNew.sessions.get(anySession().id)).toEqual(anySession());
      expect((await onlyNew.tokens.get('discord::1', 'facebook'))?.tokens.accessToken).toBe(
        'token',
      );
      await onlyNew.close();
    });

    it('should give ended, delivered sessions a TTL', async () => {
      const prefix = `${filePrefix}ttl:`;
      const stores = await openRedisStores({
        url: redisUrl,
        sealer: new Sealer([keyA]),
        prefix,
        endedTtlSeconds: 60,
      });
      const session = anySession();
      await stores.sessions.insert(session);
      expect(await redis.ttl(`${prefix}session:${session.id}`)).toBe(-1);
      await stores.sessions.update({
        ...session,
        version: 2,
        state: 'denied',
        delivered: true,
        outcome: { state: 'denied', endedAt: 5 },
      });
      const ttl = await redis.ttl(`${prefix}session:${session.id}`);
      expect(ttl > 0 && ttl <= 60).toBe(true);
      await stores.close();
    });

    it('should say so when Redis cannot be reached', async () => {
      const unreachable = () =>
        openRedisStores({ url: 'redis://127.0.0.1:1', sealer: new Sealer([keyA]) });
      expect(await codeOf(unreachable)).toBe(ErrorCode.Transport);
    });
  });
});
