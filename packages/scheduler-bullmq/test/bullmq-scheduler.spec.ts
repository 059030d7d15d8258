import { randomUUID } from 'node:crypto';
import {
  acceleratedClock,
  type Botlogin,
  createBotlogin,
  generateSealingKey,
  type LoginView,
  Sealer,
} from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { openRedisStores, type RedisStores } from '@botlogin/store-redis';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BullmqScheduler } from '../src/index.js';
import { deletePrefix, reachableRedis, waitFor } from './redis-service.js';

const url = await reachableRedis();
/** Engine seconds run 50 times faster: a 5 s interval takes 100 ms. */
const speed = 50;
const filePrefix = `botlogin-test-${randomUUID()}`;
const key = generateSealingKey('k1');
const admin = url === undefined ? undefined : new Redis(url);

afterAll(async () => {
  if (admin === undefined) return;
  await deletePrefix(admin, filePrefix);
  await admin.quit();
});

interface BotProcess {
  readonly name: string;
  readonly bot: Botlogin;
  readonly stores: RedisStores;
  readonly scheduler: BullmqScheduler;
}

describe.runIf(url !== undefined)(BullmqScheduler, () => {
  const redisUrl = url ?? '';
  let emulator: Emulator;
  let processes: BotProcess[];
  let presented: { process: string; login: LoginView }[];
  let run: string;
  const clock = acceleratedClock(speed);

  beforeEach(async () => {
    emulator = await startEmulator({ port: 0, now: clock.now });
    processes = [];
    presented = [];
    run = `${filePrefix}:${randomUUID()}`;
  });

  afterEach(async () => {
    for (const { bot, scheduler } of processes) {
      await bot.close();
      await scheduler.close();
    }
    await emulator.close();
  });

  /** One bot process: its own connections to the shared Redis, its own engine and worker. */
  async function startProcess(name: string): Promise<BotProcess> {
    const stores = await openRedisStores({
      url: redisUrl,
      sealer: new Sealer([key]),
      prefix: `${run}:store:`,
    });
    const scheduler = new BullmqScheduler({
      url: redisUrl,
      prefix: run,
      clock,
      clockSpeed: speed,
      lockDurationMs: 3000,
      stalledIntervalMs: 1000,
    });
    const bot = createBotlogin({
      providers: [
        {
          type: 'facebook',
          appId: emulator.facebook.appId,
          clientToken: emulator.facebook.clientToken,
          graphBaseUrl: emulator.graphUrl,
        },
      ],
      sessionStore: stores.sessions,
      tokenStore: stores.tokens,
      scheduler,
      clock,
    });
    bot.login.registerPresenter('test', {
      present: async (login) => {
        presented.push({ process: name, login });
      },
    });
    const process = { name, bot, stores, scheduler };
    processes.push(process);
    return process;
  }

  async function startLogin(via: BotProcess, userId: string): Promise<LoginView> {
    const { login } = await via.bot.login.start({
      chatUser: { platform: 'test', userId },
      providerId: 'facebook',
    });
    await via.bot.login.attachDelivery(login.id, { platform: 'test', data: { userId } });
    return login;
  }

  /** No poll of a code came sooner than its interval: the emulator would answer slow_down. */
  function expectNoEarlyPolls(userCode: string): void {
    expect(emulator.pollLog(userCode).filter((entry) => entry.answer === 'slow_down')).toEqual([]);
  }

  it('should share polls between processes with exactly one poll per due time', async () => {
    const one = await startProcess('one');
    const two = await startProcess('two');
    const logins: LoginView[] = [];
    for (let index = 0; index < 12; index += 1) {
      logins.push(await startLogin(index % 2 === 0 ? one : two, `user-${index}`));
    }
    // Both processes resume, as after a deploy: each schedules every pending login again.
    await one.bot.login.resume();
    await two.bot.login.resume();
    await waitFor(() => logins.every((login) => emulator.pollLog(login.userCode).length >= 3));
    for (const login of logins) emulator.approve(login.userCode);
    await waitFor(() => presented.length === logins.length);

    for (const login of logins) {
      expectNoEarlyPolls(login.userCode);
      expect(emulator.pollLog(login.userCode).at(-1)?.answer).toBe('access_token');
    }
    expect(presented.map((entry) => entry.login.state)).toEqual(logins.map(() => 'approved'));
    expect(new Set(presented.map((entry) => entry.login.id)).size).toBe(logins.length);
    expect(new Set(presented.map((entry) => entry.process))).toEqual(new Set(['one', 'two']));
    await waitFor(async () => (await one.scheduler.size()) === 0);
  });

  it('should keep a slow_down interval whichever process polls next', async () => {
    const one = await startProcess('one');
    await startProcess('two');
    const login = await startLogin(one, 'slow');
    await waitFor(() => emulator.pollLog(login.userCode).length >= 1);
    // The provider now wants 12 s between polls without saying so: the next polls are early
    // and answered slow_down until the engine's interval (5 s, +5 per slow_down) reaches it.
    emulator.setInterval(login.userCode, 12);
    await waitFor(() => {
      const log = emulator.pollLog(login.userCode);
      const first = log.findIndex((entry) => entry.answer === 'slow_down');
      return first > 0 && log.slice(first).filter((e) => e.answer !== 'slow_down').length >= 2;
    });
    const log = emulator.pollLog(login.userCode);
    const first = log.findIndex((entry) => entry.answer === 'slow_down');
    const gaps = log
      .slice(first + 1)
      .map((entry, index) => entry.at - (log[first + index]?.at ?? 0));
    // Every poll after a slow_down waits the longer interval, whichever process sends it.
    expect(gaps.every((gap) => gap >= 10_000)).toBe(true);
    expect(log.at(-1)?.answer).toBe('authorization_pending');
    expect((await one.bot.login.get(login.id))?.interval).toBeGreaterThanOrEqual(10);
  });

  it('should stop polling everywhere when one process cancels', async () => {
    const one = await startProcess('one');
    const two = await startProcess('two');
    const login = await startLogin(one, 'cancels');
    await waitFor(() => emulator.pollLog(login.userCode).length >= 2);
    const result = await two.bot.login.cancel(login.id, { platform: 'test', userId: 'cancels' });
    expect(result.changed).toBe(true);
    const polls = emulator.pollLog(login.userCode).length;
    // Wait three intervals of engine time: no process polls a cancelled login.
    await new Promise((resolve) => setTimeout(resolve, (3 * 5000) / speed + 200));
    expect(emulator.pollLog(login.userCode).length).toBeLessThanOrEqual(polls + 1);
    expect(presented.map((entry) => entry.login.state)).toEqual(['cancelled']);
    expect(await one.scheduler.size()).toBe(0);
  });

  it('should add one job when several processes schedule the same due time', async () => {
    const one = await startProcess('one');
    const two = await startProcess('two');
    const dueAt = clock.now() + 3_600_000;
    await Promise.all([
      one.scheduler.schedule('same-login', dueAt),
      two.scheduler.schedule('same-login', dueAt),
      one.scheduler.schedule('same-login', dueAt),
    ]);
    // A stale resume cannot move a login back to an earlier due time.
    await two.scheduler.schedule('same-login', dueAt - 5000);
    const jobs = await admin?.keys(`${run}:botlogin-polls:poll.same-login.*`);
    expect(jobs).toEqual([`${run}:botlogin-polls:poll.same-login.${dueAt}`]);
    await one.scheduler.unschedule('same-login');
    expect(await admin?.keys(`${run}:botlogin-polls:poll.same-login.*`)).toEqual([]);
  });
});
