import {
  type Clock,
  ConfigurationError,
  type DueHandler,
  type Logger,
  type PollScheduler,
  silentLogger,
  systemClock,
} from '@botlogin/core';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { forgetDue, recordDue } from './actions/due-scripts.js';

export interface BullmqSchedulerOptions {
  /** `redis://host:6379`: every bot process that shares the work points at the same Redis. */
  readonly url: string;
  /** BullMQ queue name. @defaultValue `botlogin-polls` */
  readonly queueName?: string;
  /** BullMQ key prefix, so several bots can share a database. @defaultValue `botlogin` */
  readonly prefix?: string;
  /** Polls this process runs at once. @defaultValue 16 */
  readonly concurrency?: number;
  /**
   * Milliseconds a worker holds a job before others may consider it stalled; it renews the
   * lock while alive. A killed worker's poll is picked up by another worker after about this
   * long plus `stalledIntervalMs`. Keep it above a provider's polling interval so that a
   * recovered poll is never sent early. @defaultValue 30000
   */
  readonly lockDurationMs?: number;
  /** How often workers look for stalled jobs. @defaultValue 15000 */
  readonly stalledIntervalMs?: number;
  /** Seconds a finished job id is kept, which is what makes re-adding it a no-op. @defaultValue 86400 */
  readonly keepFinishedSeconds?: number;
  /** Run polls in this process; false only enqueues them. @defaultValue true */
  readonly worker?: boolean;
  readonly logger?: Logger;
  /** The engine's clock: due times are read on it. @defaultValue the system clock */
  readonly clock?: Clock;
  /**
   * Milliseconds of `clock` per real millisecond, for tests and demos that run an accelerated
   * clock: BullMQ delays are real time. @defaultValue 1
   */
  readonly clockSpeed?: number;
}

interface PollJob {
  readonly loginId: string;
  readonly dueAt: number;
}

/**
 * Polls as BullMQ delayed jobs on Redis, so any number of bot processes share the work.
 *
 * Each due time is one job with the id `poll.<login id>.<due time>`: scheduling the same login
 * for the same time from several processes (as each does when it resumes after a restart) adds
 * one job, since BullMQ ignores a job id it already holds. A hash records each login's current
 * due time; a job whose due time is no longer current (replaced or unscheduled, as on cancel)
 * does nothing. A worker killed mid-poll leaves its job locked until the lock lapses, then
 * another worker's stalled-job check puts it back and it runs again.
 *
 * @see https://docs.bullmq.io/guide/jobs/job-ids
 * @see https://docs.bullmq.io/guide/workers/stalled-jobs
 */
export class BullmqScheduler implements PollScheduler {
  readonly #options: BullmqSchedulerOptions;
  readonly #clock: Clock;
  readonly #speed: number;
  readonly #logger: Logger;
  readonly #client: Redis;
  readonly #queue: Queue<PollJob>;
  readonly #dueKey: string;
  readonly #keepSeconds: number;
  #worker: Worker<PollJob> | undefined;
  #handler: DueHandler | undefined;
  #closed = false;

  /** @throws ConfigurationError when the URL is missing or the clock speed is not positive. */
  constructor(options: BullmqSchedulerOptions) {
    if (!options?.url) {
      throw new ConfigurationError('The BullMQ scheduler needs a Redis `url` (redis://host:6379).');
    }
    const speed = options.clockSpeed ?? 1;
    if (!(speed > 0)) throw new ConfigurationError('`clockSpeed` must be a positive number.');
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#speed = speed;
    this.#logger = options.logger ?? silentLogger;
    this.#keepSeconds = options.keepFinishedSeconds ?? 86_400;
    const prefix = options.prefix ?? 'botlogin';
    const queueName = options.queueName ?? 'botlogin-polls';
    this.#dueKey = `${prefix}:${queueName}:botlogin-due`;
    this.#client = this.#connect();
    this.#queue = new Queue<PollJob>(queueName, { connection: this.#connect(), prefix });
    this.#queue.on('error', (error) =>
      this.#logger.warn('BullMQ queue error', { error: error.name }),
    );
  }

  setHandler(handler: DueHandler): void {
    this.#handler = handler;
    if (this.#options.worker === false || this.#worker !== undefined) return;
    this.#worker = new Worker<PollJob>(this.#queue.name, (job) => this.#process(job), {
      connection: this.#connect(),
      prefix: this.#options.prefix ?? 'botlogin',
      concurrency: this.#options.concurrency ?? 16,
      lockDuration: this.#options.lockDurationMs ?? 30_000,
      stalledInterval: this.#options.stalledIntervalMs ?? 15_000,
      // A poll whose worker died is polled again by another; more than a few stalls in a row
      // means something else is wrong, and the job fails visibly instead of looping.
      maxStalledCount: 5,
    });
    this.#worker.on('error', (error) =>
      this.#logger.warn('BullMQ worker error', { error: error.name }),
    );
    this.#worker.on('failed', (job, error) =>
      this.#logger.error('A poll job failed', { loginId: job?.data.loginId, error: error.name }),
    );
  }

  async schedule(loginId: string, dueAt: number): Promise<void> {
    if (this.#closed) return;
    const recorded = await this.#client.eval(recordDue, 1, this.#dueKey, loginId, dueAt);
    if (recorded !== 1) return;
    const delay = Math.max(0, Math.ceil((dueAt - this.#clock.now()) / this.#speed));
    await this.#queue.add(
      'poll',
      { loginId, dueAt },
      {
        jobId: jobIdOf(loginId, dueAt),
        delay,
        attempts: 10,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: this.#keepSeconds },
        removeOnFail: { age: this.#keepSeconds },
      },
    );
  }

  async unschedule(loginId: string): Promise<void> {
    const dueAt = await this.#client.hget(this.#dueKey, loginId);
    if (dueAt === null) return;
    await this.#client.eval(forgetDue, 1, this.#dueKey, loginId, dueAt);
    // An active job is locked and stays; it finds its due time gone, or is the caller itself.
    await this.#queue.remove(jobIdOf(loginId, Number(dueAt))).catch(() => 0);
  }

  /** Logins with a due time recorded, across every process. */
  async size(): Promise<number> {
    return this.#client.hlen(this.#dueKey);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#worker?.close();
    await this.#queue.close();
    await this.#client.quit().catch(() => this.#client.disconnect());
  }

  async #process(job: Job<PollJob>): Promise<void> {
    const { loginId, dueAt } = job.data;
    const current = await this.#client.hget(this.#dueKey, loginId);
    if (current !== String(dueAt)) return;
    // Clocks of two hosts differ a little: never hand the engine a poll before its due time.
    const early = dueAt - this.#clock.now();
    if (early > 0) {
      await new Promise<void>((resolve) => this.#clock.setTimer(resolve, early));
    }
    if (this.#closed || this.#handler === undefined) throw new SchedulerClosingError();
    await this.#handler(loginId);
    // The engine aborts its polls when it closes, and an aborted poll saves nothing: fail the job
    // so that BullMQ retries it in a process that is still running, rather than completing it
    // (a completed job id is never added again).
    if (this.#closed) throw new SchedulerClosingError();
    await this.#client.eval(forgetDue, 1, this.#dueKey, loginId, dueAt);
  }

  #connect(): Redis {
    // BullMQ's blocking commands need unlimited retries per request.
    const client = new Redis(this.#options.url, { maxRetriesPerRequest: null });
    client.on('error', (error: Error) =>
      this.#logger.debug('Redis connection error', { error: error.name }),
    );
    return client;
  }
}

/** Fails a job that a closing process took, so that another process runs it. */
class SchedulerClosingError extends Error {
  constructor() {
    super('This bot process is closing; the poll is left to another process.');
    this.name = 'SchedulerClosingError';
  }
}

function jobIdOf(loginId: string, dueAt: number): string {
  return `poll.${loginId}.${dueAt}`;
}
