import { randomBytes } from 'node:crypto';
import { type Botlogin, createBotlogin, parseSealingKeys, Sealer } from '@botlogin/core';
import { BullmqScheduler } from '@botlogin/scheduler-bullmq';
import { openRedisStores, type RedisStores } from '@botlogin/store-redis';
import type { BenchTarget, Contender } from '../lib/protocol.js';

export const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Our engine as a fleet of bot processes would run it: sessions and tokens in Redis (sealed),
 * polls as BullMQ delayed jobs. One process here, so the figures are comparable per process.
 */
export function oursBullmq(target: BenchTarget): Contender {
  const prefix = `bench-${process.pid}-${Date.now()}`;
  let stores: RedisStores | undefined;
  let botlogin: Botlogin | undefined;
  const listeners: ((userCode: string, ok: boolean) => void)[] = [];
  const engine = () => {
    if (botlogin === undefined) throw new Error('warmUp() first');
    return botlogin.login;
  };
  return {
    async warmUp() {
      const sealer = new Sealer(parseSealingKeys(`k1:${randomBytes(32).toString('base64')}`));
      stores = await openRedisStores({ url: redisUrl, sealer, prefix: `${prefix}:` });
      botlogin = createBotlogin({
        providers: [
          {
            type: 'rfc8628',
            deviceAuthorizationEndpoint: target.deviceAuthorizationEndpoint,
            tokenEndpoint: target.tokenEndpoint,
            userinfoEndpoint: target.userinfoEndpoint,
            clientId: target.clientId,
          },
        ],
        sessionStore: stores.sessions,
        tokenStore: stores.tokens,
        scheduler: new BullmqScheduler({ url: redisUrl, prefix, concurrency: 64 }),
      });
      botlogin.login.events.on('outcome', (view) => {
        for (const listener of listeners) listener(view.userCode, view.state === 'approved');
      });
    },
    async start(index) {
      const { login } = await engine().start({
        chatUser: { platform: 'bench', userId: `u${index}` },
        providerId: 'rfc8628',
      });
      return login.userCode;
    },
    onOutcome(listener) {
      listeners.push(listener);
    },
    async close() {
      await botlogin?.close();
      await stores?.close?.();
    },
  };
}
