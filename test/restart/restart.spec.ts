import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSealingKey, generateSealingKey, Sealer } from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { openSqliteStores } from '@botlogin/store-sqlite';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type BotHandle,
  type KillingProxy,
  readOutcomes,
  type StartedLogin,
  spawnBot,
  startKillingProxy,
  stopBot,
  waitFor,
} from './bot-harness.js';
import { databaseUrl, reachable, redisUrl } from './services.js';
import { sharedClock } from './shared-clock.js';

/** Engine time runs 50 times faster: the 5 s polling interval takes 100 ms. */
const speed = 50;
const redis = await reachable('Redis', redisUrl, 6379);
const postgres = await reachable('PostgreSQL', databaseUrl, 5432);
const filePrefix = `botlogin-restart-${randomUUID()}`;
const key = generateSealingKey('restart');

let emulator: Emulator;
let bots: BotHandle[];
let directory: string;
let outcomes: string;
/** The proxy in front of the emulator for the bot that gets killed. */
let proxy: KillingProxy;
let env: Record<string, string>;

beforeEach(async () => {
  const origin = Date.now();
  const clock = sharedClock(origin, speed);
  emulator = await startEmulator({
    port: 0,
    now: clock.now,
    // Long enough that tsx start-ups (about a second of wall time each) cannot expire a code.
    facebook: { expiresIn: 3600, interval: 5 },
  });
  proxy = await startKillingProxy(emulator.url);
  bots = [];
  directory = mkdtempSync(join(tmpdir(), 'botlogin-restart-'));
  outcomes = join(directory, 'outcomes.jsonl');
  env = {
    BOT_OUTCOMES: outcomes,
    BOTLOGIN_SEALING_KEYS: formatSealingKey(key),
    GRAPH_URL: emulator.graphUrl,
    FB_APP_ID: emulator.facebook.appId,
    FB_CLIENT_TOKEN: emulator.facebook.clientToken,
    CLOCK_ORIGIN: String(origin),
    CLOCK_SPEED: String(speed),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `${filePrefix}:${randomUUID()}`,
    DATABASE_URL: databaseUrl,
    PG_SCHEMA: `restart_${randomBytes(4).toString('hex')}`,
    SQLITE_FILE: join(directory, 'botlogin.db'),
  };
});

afterEach(async () => {
  for (const bot of bots) await stopBot(bot);
  await proxy.close();
  await emulator.close();
  rmSync(directory, { recursive: true, force: true });
});

afterAll(async () => {
  if (redis === undefined) return;
  const client = new Redis(redis);
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${filePrefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await client.del(...keys);
  } while (cursor !== '0');
  await client.quit();
});

/** Starts a bot; `viaProxy` sends its provider traffic through the killing proxy. */
function bot(name: string, mode: string, users: string[] = [], viaProxy = false): BotHandle {
  const handle = spawnBot({
    ...env,
    ...(viaProxy ? { GRAPH_URL: emulator.graphUrl.replace(emulator.url, proxy.url) } : {}),
    BOT_NAME: name,
    BOT_MODE: mode,
    BOT_START_USERS: users.join(','),
  });
  bots.push(handle);
  return handle;
}

const polls = (login: StartedLogin) => emulator.pollLog(login.userCode);

/** Users `prefix0` … `prefix(count-1)`. */
const users = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);

/**
 * Approves every login but the last, which is denied, and checks that each reached its
 * outcome, was presented exactly once, and was never polled early or after its answer.
 */
async function finishAndCheck(logins: StartedLogin[]): Promise<void> {
  for (const login of logins.slice(0, -1)) emulator.approve(login.userCode);
  emulator.deny(logins.at(-1)?.userCode ?? '');
  await waitFor(() => readOutcomes(outcomes).length >= logins.length, 30_000, 'every outcome');
  // Anything presented twice would arrive within a few polls; give it the time.
  await new Promise((resolve) => setTimeout(resolve, 300));

  const shown = readOutcomes(outcomes);
  expect(shown.map((line) => line.id).sort()).toEqual(logins.map((login) => login.id).sort());
  const stateOf = new Map(shown.map((line) => [line.id, line.state]));
  for (const login of logins.slice(0, -1)) expect(stateOf.get(login.id)).toBe('approved');
  expect(stateOf.get(logins.at(-1)?.id ?? '')).toBe('denied');

  for (const login of logins) {
    const answers = polls(login).map((entry) => entry.answer);
    // The emulator answers slow_down to any poll sooner than the interval after the last one,
    // so none means no poll was duplicated, across the kill and the restart.
    expect(answers.filter((answer) => answer === 'slow_down')).toEqual([]);
    const terminal = answers.filter((answer) => answer !== 'authorization_pending');
    expect(terminal.length).toBe(1);
    expect(answers.at(-1)).toBe(terminal[0]);
  }
}

describe('restart', () => {
  it('should lose no login when a bot on SQLite and the memory scheduler is killed', async () => {
    const first = bot('first', 'sqlite-memory', users('sqlite-user-', 8), true);
    const logins = await first.ready;
    expect(logins.length).toBe(8);
    await waitFor(() => logins.every((login) => polls(login).length >= 2), 20_000, 'polls');
    await proxy.killOnNextPoll(first);
    const beforeRestart = logins.map((login) => polls(login).length);

    const second = bot('second', 'sqlite-memory');
    expect(await second.ready).toEqual([]);
    // Resumed from the file: every login is polled again by the new process.
    await waitFor(
      () => logins.every((login, index) => polls(login).length > (beforeRestart[index] ?? 0)),
      20_000,
      'polls after the restart',
    );
    await finishAndCheck(logins);
    expect(new Set(readOutcomes(outcomes).map((line) => line.process))).toEqual(
      new Set(['second']),
    );

    // Every byte SQLite wrote: no device code or token in the clear.
    await stopBot(second);
    const stores = openSqliteStores({ file: env['SQLITE_FILE'] ?? '', sealer: new Sealer([key]) });
    const secrets: string[] = [];
    for (const login of logins) {
      const session = await stores.sessions.get(login.id);
      secrets.push(session?.deviceCode ?? 'missing');
      const userId = `sqlite-user-${logins.indexOf(login)}`;
      const tokens = await stores.tokens.get(`restart-test::${userId}`, 'facebook');
      if (login !== logins.at(-1)) secrets.push(tokens?.tokens.accessToken ?? 'missing');
    }
    await stores.close();
    const bytes = Buffer.concat(
      readdirSync(directory)
        .filter((name) => name.startsWith('botlogin.db'))
        .map((name) => readFileSync(join(directory, name))),
    );
    expect(secrets.filter((secret) => secret === 'missing')).toEqual([]);
    expect(secrets.filter((secret) => bytes.includes(secret))).toEqual([]);
  });

  for (const [mode, service] of [
    ['redis-bullmq', redis],
    ['postgres-bullmq', postgres],
  ] as const) {
    it.runIf(redis !== undefined && service !== undefined)(
      `should lose no login and poll none twice with ${mode} when one of two workers is killed`,
      async () => {
        const one = bot('one', mode, users(`${mode}-a-`, 6), true);
        const two = bot('two', mode, users(`${mode}-b-`, 6));
        const logins = [...(await one.ready), ...(await two.ready)];
        expect(logins.length).toBe(12);
        await waitFor(() => logins.every((login) => polls(login).length >= 2), 20_000, 'polls');
        // Killed holding a job whose poll the provider answered: only BullMQ's stalled-job
        // recovery can give that login to the other worker, which must not poll it early.
        await proxy.killOnNextPoll(one);
        const afterKill = logins.map((login) => polls(login).length);
        // The surviving worker carries on alone, including any poll the dead one held.
        await waitFor(
          () => logins.every((login, index) => polls(login).length >= (afterKill[index] ?? 0) + 2),
          20_000,
          'polls by the surviving worker',
        );
        const again = bot('one-again', mode);
        expect(await again.ready).toEqual([]);
        await finishAndCheck(logins);
      },
    );
  }
});
