import { Redis } from 'ioredis';

/**
 * The Redis URL the tests use, if the server answers. Without it the tests fail under CI and
 * are skipped with a visible message otherwise (run `scripts/start-services.sh`).
 */
export async function reachableRedis(): Promise<string | undefined> {
  const url = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  const probe = new Redis(url, {
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    connectTimeout: 1500,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
    return url;
  } catch {
    const message = `Redis is not reachable at ${url}; start it with scripts/start-services.sh.`;
    if (process.env['CI']) throw new Error(message);
    console.warn(`SKIPPED: ${message}`);
    return undefined;
  } finally {
    probe.disconnect();
  }
}

/** Deletes every key under a prefix. */
export async function deletePrefix(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await client.del(...keys);
  } while (cursor !== '0');
}

/** Polls `check` until it holds, failing after `timeoutMs` (wall clock). */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
