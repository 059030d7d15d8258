import type { Clock } from './clock.js';

export interface StartRateLimit {
  /** Logins one chat user may start in one window. @defaultValue 5 */
  readonly maxStarts: number;
  /** @defaultValue 600000 (10 minutes) */
  readonly windowMs: number;
}

export const defaultStartRateLimit: StartRateLimit = { maxStarts: 5, windowMs: 10 * 60_000 };

/**
 * Counts login starts per chat user in a sliding window, so one user (or a script) hammering
 * `/login` cannot spend the app's provider quota.
 *
 * Counts live in this process: with several bot processes each allows `maxStarts`. Sharing
 * the count would take a store-backed counter (a Redis INCR with expiry, say).
 */
export class StartRateLimiter {
  readonly #limit: StartRateLimit;
  readonly #clock: Clock;
  readonly #starts = new Map<string, number[]>();

  constructor(limit: StartRateLimit, clock: Clock) {
    this.#limit = limit;
    this.#clock = clock;
  }

  /**
   * Records a start if the user is under the limit.
   *
   * @returns 0 when allowed, else the milliseconds until the next start is allowed.
   */
  take(key: string): number {
    const now = this.#clock.now();
    const windowStart = now - this.#limit.windowMs;
    const recent = (this.#starts.get(key) ?? []).filter((at) => at > windowStart);
    if (recent.length >= this.#limit.maxStarts) {
      this.#starts.set(key, recent);
      return (recent[0] as number) + this.#limit.windowMs - now;
    }
    recent.push(now);
    this.#starts.set(key, recent);
    return 0;
  }
}
