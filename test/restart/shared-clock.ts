import type { Clock } from '@botlogin/core';

/**
 * An accelerated clock that several processes agree on: time runs `speed` times faster than
 * the wall clock from `origin` (epoch ms), computed from `Date.now()` so that the test, the
 * emulator and every bot process read the same time.
 */
export function sharedClock(origin: number, speed: number): Clock {
  return {
    now: () => Math.floor(origin + (Date.now() - origin) * speed),
    setTimer: (callback, delayMs) => setTimeout(callback, Math.max(0, delayMs / speed)),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
}
