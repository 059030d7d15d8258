/**
 * A bot process for the restart tests: the real engine with durable stores, a presenter that
 * appends each outcome it shows to a file, and nothing else. Configured by environment:
 *
 * - `BOT_MODE`: `sqlite-memory` (SQLite stores, in-memory scheduler), `redis-bullmq` or
 *   `postgres-bullmq` (those stores, BullMQ scheduler)
 * - `BOT_NAME`, `BOT_OUTCOMES` (file to append outcome lines to), `BOT_START_USERS` (user ids
 *   to start logins for, comma-separated; empty on a restart)
 * - `SQLITE_FILE`, `REDIS_URL`, `REDIS_PREFIX`, `DATABASE_URL`, `PG_SCHEMA`
 * - `BOTLOGIN_SEALING_KEYS`, `GRAPH_URL`, `FB_APP_ID`, `FB_CLIENT_TOKEN`
 * - `CLOCK_ORIGIN`, `CLOCK_SPEED`: the shared accelerated clock
 *
 * Prints one JSON line per started login (`{"started":{"id","userCode"}}`), then `READY`.
 */
import { appendFileSync } from 'node:fs';
import {
  createBotlogin,
  type PollScheduler,
  parseSealingKeys,
  Sealer,
  type SessionStore,
  type TokenStore,
} from '@botlogin/core';
import { BullmqScheduler } from '@botlogin/scheduler-bullmq';
import { openPostgresStores } from '@botlogin/store-postgres';
import { openRedisStores } from '@botlogin/store-redis';
import { openSqliteStores } from '@botlogin/store-sqlite';
import { sharedClock } from './shared-clock.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const mode = env('BOT_MODE');
const name = env('BOT_NAME');
const speed = Number(env('CLOCK_SPEED'));
const clock = sharedClock(Number(env('CLOCK_ORIGIN')), speed);
const sealer = new Sealer(parseSealingKeys(env('BOTLOGIN_SEALING_KEYS')));

let stores: { sessions: SessionStore; tokens: TokenStore };
let scheduler: PollScheduler | undefined;
if (mode === 'sqlite-memory') {
  stores = openSqliteStores({ file: env('SQLITE_FILE'), sealer });
} else if (mode === 'redis-bullmq' || mode === 'postgres-bullmq') {
  stores =
    mode === 'redis-bullmq'
      ? await openRedisStores({
          url: env('REDIS_URL'),
          sealer,
          prefix: `${env('REDIS_PREFIX')}:store:`,
        })
      : await openPostgresStores({ url: env('DATABASE_URL'), sealer, schema: env('PG_SCHEMA') });
  scheduler = new BullmqScheduler({
    url: env('REDIS_URL'),
    prefix: env('REDIS_PREFIX'),
    clock,
    clockSpeed: speed,
    // 1 s of wall time is 50 s of engine time at speed 50: far above the 5 s interval, so a
    // poll recovered from a killed worker is never early.
    lockDurationMs: 1000,
    stalledIntervalMs: 500,
  });
} else {
  throw new Error(`unknown BOT_MODE ${mode}`);
}

const bot = createBotlogin({
  providers: [
    {
      type: 'facebook',
      appId: env('FB_APP_ID'),
      clientToken: env('FB_CLIENT_TOKEN'),
      graphBaseUrl: env('GRAPH_URL'),
    },
  ],
  sessionStore: stores.sessions,
  tokenStore: stores.tokens,
  ...(scheduler === undefined ? {} : { scheduler }),
  clock,
  login: { startRateLimit: { maxStarts: 1000, windowMs: 60_000 } },
});

const outcomes = env('BOT_OUTCOMES');
bot.login.registerPresenter('restart-test', {
  present: async (login) => {
    // One short line per write: appends of this size are atomic, so two processes can share
    // the file.
    appendFileSync(
      outcomes,
      `${JSON.stringify({ process: name, id: login.id, state: login.state })}\n`,
    );
  },
});

await bot.login.resume();
const users = (process.env['BOT_START_USERS'] ?? '').split(',').filter(Boolean);
for (const userId of users) {
  const { login } = await bot.login.start({
    chatUser: { platform: 'restart-test', userId },
    providerId: 'facebook',
  });
  await bot.login.attachDelivery(login.id, { platform: 'restart-test', data: { userId } });
  console.log(JSON.stringify({ started: { id: login.id, userCode: login.userCode } }));
}
console.log('READY');

const stop = () => {
  void bot
    .close()
    .then(() => scheduler?.close())
    .then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
