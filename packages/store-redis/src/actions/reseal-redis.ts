import {
  openSession,
  openStoredLogin,
  type ResealReport,
  type Sealer,
  sealedKeyIdOf,
  sealSession,
  sealStoredLogin,
} from '@botlogin/core';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './redis-keys.js';
import { replaceField } from './redis-scripts.js';
import { runScript } from './run-script.js';

/**
 * Rewrites every session and token sealed with an older key using the current one, walking the
 * keys with `SCAN`. Each field is replaced only if it still holds what was read, so a write by a
 * running bot is never undone. Key checks of retired keys are dropped when nothing failed.
 */
export async function resealRedis(
  client: Redis,
  keys: RedisKeys,
  sealer: Sealer,
): Promise<ResealReport> {
  const corrupt: { id: string; reason: string }[] = [];
  let resealed = 0;
  const stale = (body: string) => sealedKeyIdOf(sealer, body) !== sealer.currentKeyId;

  for await (const batch of scan(client, `${keys.prefix}session:*`)) {
    for (const key of batch) {
      const id = key.slice(`${keys.prefix}session:`.length);
      const body = await client.hget(key, 'body');
      if (body === null || !stale(body)) continue;
      try {
        const next = sealSession(sealer, openSession(sealer, id, body));
        resealed += Number(await runScript(client, replaceField, [key], ['body', body, next]));
      } catch (error) {
        corrupt.push({ id, reason: (error as Error).message });
      }
    }
  }

  for await (const batch of scan(client, `${keys.prefix}tokens:*`)) {
    for (const key of batch) {
      const chatUserKey = key.slice(`${keys.prefix}tokens:`.length);
      const all = await client.hgetall(key);
      for (const [providerId, body] of Object.entries(all)) {
        if (!stale(body)) continue;
        try {
          const login = openStoredLogin(sealer, chatUserKey, providerId, body);
          const next = sealStoredLogin(sealer, chatUserKey, login);
          resealed += Number(
            await runScript(client, replaceField, [key], [providerId, body, next]),
          );
        } catch (error) {
          corrupt.push({ id: `${chatUserKey}/${providerId}`, reason: (error as Error).message });
        }
      }
    }
  }

  if (corrupt.length === 0) {
    const retired = (await client.hkeys(keys.keyChecks)).filter(
      (keyId) => keyId !== sealer.currentKeyId,
    );
    if (retired.length > 0) await client.hdel(keys.keyChecks, ...retired);
  }
  return { resealed, corrupt };
}

async function* scan(client: Redis, pattern: string): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (batch.length > 0) yield batch;
  } while (cursor !== '0');
}
