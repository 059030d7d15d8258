/** A timer handle as a clock returns it. */
export type TimerHandle = { readonly __timer: unique symbol } | NodeJS.Timeout;

/**
 * Time as the engine and the in-memory scheduler read it. The timers belong to the clock so a
 * test can run the engine's real timing rules faster than the wall clock (an accelerated clock)
 * against real HTTP servers that read the same clock.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `callback` once `delayMs` of this clock's time has passed. */
  setTimer(callback: () => void, delayMs: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * A clock whose time runs `speed` times faster than the wall clock, from the moment it is made.
 * For tests and demos of timing rules measured in seconds.
 */
export function acceleratedClock(speed: number, start: number = Date.now()): Clock {
  const realStart = performance.now();
  return {
    now: () => Math.floor(start + (performance.now() - realStart) * speed),
    setTimer: (callback, delayMs) => setTimeout(callback, Math.max(0, delayMs / speed)),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
}
