import { type Clock, systemClock, type TimerHandle } from './clock.js';
import type { Logger } from './logger.js';
import { silentLogger } from './logger.js';
import type { DueHandler, PollScheduler } from './poll-scheduler.js';

interface Entry {
  readonly loginId: string;
  readonly dueAt: number;
}

export interface MemorySchedulerOptions {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /**
   * Polls in flight at once. Due sessions beyond it wait their turn, which paces a burst
   * instead of opening a connection per session. @defaultValue 64
   */
  readonly maxConcurrentPolls?: number;
}

/**
 * Schedules polls in this process with one timer for the earliest due time over a binary heap
 * of plain records, instead of a timer and a closure per session: at scale the per-session
 * closures cost kilobytes each.
 *
 * Rescheduling leaves the old heap record in place and marks it stale (the map holds the live
 * one), so `schedule` and `unschedule` stay O(log n) and O(1).
 */
export class MemoryScheduler implements PollScheduler {
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #maxConcurrent: number;
  readonly #heap: Entry[] = [];
  readonly #live = new Map<string, Entry>();
  #handler: DueHandler | undefined;
  #timer: TimerHandle | undefined;
  #timerDueAt = Number.POSITIVE_INFINITY;
  #inFlight = 0;
  #closed = false;

  constructor(options: MemorySchedulerOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    this.#maxConcurrent = options.maxConcurrentPolls ?? 64;
  }

  setHandler(handler: DueHandler): void {
    this.#handler = handler;
  }

  async schedule(loginId: string, dueAt: number): Promise<void> {
    if (this.#closed) return;
    const entry: Entry = { loginId, dueAt };
    this.#live.set(loginId, entry);
    this.#push(entry);
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
    this.#heap.length = 0;
  }

  #arm(): void {
    this.#dropStale();
    const next = this.#heap[0];
    if (next === undefined || this.#closed) {
      if (this.#timer !== undefined) this.#clock.clearTimer(this.#timer);
      this.#timer = undefined;
      this.#timerDueAt = Number.POSITIVE_INFINITY;
      return;
    }
    if (this.#timer !== undefined && this.#timerDueAt <= next.dueAt) return;
    if (this.#timer !== undefined) this.#clock.clearTimer(this.#timer);
    this.#timerDueAt = next.dueAt;
    // Timers overflow past 2^31-1 ms (about 24.8 days); a far due time is reached in steps.
    const delay = Math.min(Math.max(0, next.dueAt - this.#clock.now()), 2 ** 31 - 1);
    this.#timer = this.#clock.setTimer(() => this.#fire(), delay);
  }

  #fire(): void {
    this.#timer = undefined;
    this.#timerDueAt = Number.POSITIVE_INFINITY;
    const now = this.#clock.now();
    while (this.#inFlight < this.#maxConcurrent) {
      this.#dropStale();
      const next = this.#heap[0];
      // A timer may fire a millisecond early by the wall clock: never run a session before
      // its due time, since the engine's interval rule depends on it.
      if (next === undefined || next.dueAt > now) break;
      this.#pop();
      this.#live.delete(next.loginId);
      this.#run(next.loginId);
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
    let top = this.#heap[0];
    while (top !== undefined && this.#live.get(top.loginId) !== top) {
      this.#pop();
      top = this.#heap[0];
    }
  }

  #push(entry: Entry): void {
    const heap = this.#heap;
    heap.push(entry);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentEntry = heap[parent] as Entry;
      if (parentEntry.dueAt <= entry.dueAt) break;
      heap[index] = parentEntry;
      index = parent;
    }
    heap[index] = entry;
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    let index = 0;
    const length = heap.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const leftEntry = heap[left] as Entry;
      const rightEntry = heap[right];
      const child = rightEntry !== undefined && rightEntry.dueAt < leftEntry.dueAt ? right : left;
      const childEntry = heap[child] as Entry;
      if (childEntry.dueAt >= last.dueAt) break;
      heap[index] = childEntry;
      index = child;
    }
    heap[index] = last;
  }
}
