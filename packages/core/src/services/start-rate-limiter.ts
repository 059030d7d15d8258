import type { Clock } from './clock.js';

export interface StartRateLimit {
  /** Logins one chat user may start in one window. @defaultValue 5 */
  readonly maxStarts: number;
  /** @defaultValue 600000 (10 minutes) */
  readonly windowMs: number;
}

export const defaultStartRateLimit: StartRateLimit = { maxStarts: 5, windowMs: 10 * 60_000 };

/**
 * Counts login starts per chat user, so one user (or a script) hammering `/login` cannot spend
 * the app's provider quota.
 *
 * A sliding window, approximated from two fixed ones: the count of the current window plus the
 * previous window's count weighted by how much of it still overlaps. That keeps one small
 * integer per active user per window, instead of a timestamp per start, and forgets users
 * whose windows have passed without any sweep.
 *
 * Counts live in this process: with several bot processes each allows `maxStarts`. Sharing
 * the count would take a store-backed counter (a Redis INCR with expiry, say).
 */
export class StartRateLimiter {
  readonly #limit: StartRateLimit;
  readonly #clock: Clock;
  #windowIndex = Number.NaN;
  #current = new Map<string, number>();
  #previous = new Map<string, number>();

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
    const { maxStarts, windowMs } = this.#limit;
    const now = this.#clock.now();
    this.#roll(Math.floor(now / windowMs));
    const windowEnd = (this.#windowIndex + 1) * windowMs;
    const overlap = (windowEnd - now) / windowMs;
    const previous = this.#previous.get(key) ?? 0;
    const current = this.#current.get(key) ?? 0;
    if (previous * overlap + current + 1 <= maxStarts) {
      this.#current.set(key, current + 1);
      return 0;
    }
    if (current + 1 <= maxStarts) {
      // Allowed once the previous window's weight has shrunk enough within this window.
      const allowedOverlap = (maxStarts - current - 1) / previous;
      return Math.max(1, Math.ceil(windowEnd - allowedOverlap * windowMs - now));
    }
    // Allowed in the next window, once this window's weight has shrunk enough there.
    const allowedOverlap = (maxStarts - 1) / current;
    return Math.max(1, Math.ceil(windowEnd + windowMs - allowedOverlap * windowMs - now));
  }

  #roll(windowIndex: number): void {
    if (windowIndex === this.#windowIndex) return;
    this.#previous = windowIndex === this.#windowIndex + 1 ? this.#current : new Map();
    this.#current = new Map();
    this.#windowIndex = windowIndex;
  }
}
