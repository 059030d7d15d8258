import { type Clock, systemClock, type TimerHandle } from './clock.js';
import type { Logger } from './logger.js';
import { silentLogger } from './logger.js';
import type { DueHandler, PollScheduler } from './poll-scheduler.js';

export interface MemorySchedulerOptions {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /**
   * Polls in flight at once. Due sessions beyond it wait their turn, which paces a burst. By
   * Little's law a process polling 2,000 sessions a second against a provider that answers in
   * 50 ms keeps about 100 in flight, so a lower cap queues polls and makes them late; the HTTP
   * client's pool still bounds the connections. @defaultValue 256
   */
  readonly maxConcurrentPolls?: number;
}

/**
 * Schedules polls in this process with one timer for the earliest due time over a binary heap,
 * instead of a timer and a closure per session: at scale the per-session closures cost
 * kilobytes each. The heap is two parallel arrays (ids, due times) rather than an object per
 * entry, and due times are kept in milliseconds from the scheduler's start, which V8 stores
 * unboxed (small integers) for about twelve days ahead.
 *
 * Rescheduling leaves the old heap entry in place; it is stale when the live map holds another
 * due time for that id, so `schedule` and `unschedule` stay O(log n) and O(1).
 */
export class MemoryScheduler implements PollScheduler {
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #maxConcurrent: number;
  readonly #origin: number;
  readonly #heapIds: string[] = [];
  readonly #heapDues: number[] = [];
  /** Login id to its live due time (relative to `#origin`). */
  readonly #live = new Map<string, number>();
  #handler: DueHandler | undefined;
  #timer: TimerHandle | undefined;
  #timerDueAt = Number.POSITIVE_INFINITY;
  #inFlight = 0;
  #closed = false;

  constructor(options: MemorySchedulerOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    this.#maxConcurrent = options.maxConcurrentPolls ?? 256;
    this.#origin = this.#clock.now();
  }

  setHandler(handler: DueHandler): void {
    this.#handler = handler;
  }

  async schedule(loginId: string, dueAt: number): Promise<void> {
    if (this.#closed) return;
    const due = Math.ceil(dueAt) - this.#origin;
    this.#live.set(loginId, due);
    this.#push(loginId, due);
    this.#arm();
  }

  async unschedule(loginId: string): Promise<void> {
    this.#live.delete(loginId);
  }

  /** Sessions waiting for their due time. */
  get size(): number {
    return this.#live.size;
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer !== undefined) this.#clock.clearTimer(this.#timer);
    this.#timer = undefined;
    this.#live.clear();
    this.#heapIds.length = 0;
    this.#heapDues.length = 0;
  }

  #arm(): void {
    this.#dropStale();
    const nextId = this.#heapIds[0];
    if (nextId === undefined || this.#closed) {
      if (this.#timer !== undefined) this.#clock.clearTimer(this.#timer);
      this.#timer = undefined;
      this.#timerDueAt = Number.POSITIVE_INFINITY;
      return;
    }
    const dueAt = (this.#heapDues[0] as number) + this.#origin;
    if (this.#timer !== undefined && this.#timerDueAt <= dueAt) return;
    if (this.#timer !== undefined) this.#clock.clearTimer(this.#timer);
    this.#timerDueAt = dueAt;
    // Timers overflow past 2^31-1 ms (about 24.8 days); a far due time is reached in steps.
    const delay = Math.min(Math.max(0, dueAt - this.#clock.now()), 2 ** 31 - 1);
    this.#timer = this.#clock.setTimer(() => this.#fire(), delay);
  }

  #fire(): void {
    this.#timer = undefined;
    this.#timerDueAt = Number.POSITIVE_INFINITY;
    const now = this.#clock.now() - this.#origin;
    while (this.#inFlight < this.#maxConcurrent) {
      this.#dropStale();
      const loginId = this.#heapIds[0];
      // A timer may fire a millisecond early by the wall clock: never run a session before
      // its due time, since the engine's interval rule depends on it.
      if (loginId === undefined || (this.#heapDues[0] as number) > now) break;
      this.#pop();
      this.#live.delete(loginId);
      this.#run(loginId);
    }
    if (this.#inFlight < this.#maxConcurrent) this.#arm();
  }

  #run(loginId: string): void {
    const handler = this.#handler;
    if (handler === undefined) return;
    this.#inFlight += 1;
    handler(loginId)
      .catch((error: unknown) => {
        this.#logger.error('Poll handler failed', {
          loginId,
          error: error instanceof Error ? error.name : 'unknown',
        });
      })
      .finally(() => {
        this.#inFlight -= 1;
        if (this.#timer === undefined) this.#fire();
      });
  }

  #dropStale(): void {
    for (;;) {
      const loginId = this.#heapIds[0];
      if (loginId === undefined || this.#live.get(loginId) === this.#heapDues[0]) return;
      this.#pop();
    }
  }

  #push(loginId: string, due: number): void {
    const ids = this.#heapIds;
    const dues = this.#heapDues;
    let index = ids.length;
    ids.push(loginId);
    dues.push(due);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentDue = dues[parent] as number;
      if (parentDue <= due) break;
      ids[index] = ids[parent] as string;
      dues[index] = parentDue;
      index = parent;
    }
    ids[index] = loginId;
    dues[index] = due;
  }

  #pop(): void {
    const ids = this.#heapIds;
    const dues = this.#heapDues;
    const lastId = ids.pop();
    const lastDue = dues.pop();
    if (lastId === undefined || lastDue === undefined || ids.length === 0) return;
    const length = ids.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child =
        right < length && (dues[right] as number) < (dues[left] as number) ? right : left;
      const childDue = dues[child] as number;
      if (childDue >= lastDue) break;
      ids[index] = ids[child] as string;
      dues[index] = childDue;
      index = child;
    }
    ids[index] = lastId;
    dues[index] = lastDue;
  }
}
