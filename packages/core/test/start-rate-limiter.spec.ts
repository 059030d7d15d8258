import { describe, expect, it } from 'vitest';
import type { Clock } from '../src/index.js';
import { StartRateLimiter } from '../src/services/start-rate-limiter.js';

function clockAt(start: number): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    setTimer: () => {
      throw new Error('not used');
    },
    clearTimer: () => {},
    advance(ms) {
      now += ms;
    },
  };
}

describe('StartRateLimiter', () => {
  const windowMs = 60_000;

  it('should allow maxStarts in a window and refuse the next with a wait', () => {
    const clock = clockAt(10 * windowMs);
    const limiter = new StartRateLimiter({ maxStarts: 3, windowMs }, clock);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    const wait = limiter.take('a');
    expect(wait).toBeGreaterThan(0);
    expect(limiter.take('b')).toBe(0);
  });

  it('should allow again once the wait it named has passed, and not before', () => {
    const clock = clockAt(10 * windowMs + 30_000);
    const limiter = new StartRateLimiter({ maxStarts: 2, windowMs }, clock);
    limiter.take('a');
    limiter.take('a');
    const wait = limiter.take('a');
    clock.advance(wait - 1);
    expect(limiter.take('a')).toBeGreaterThan(0);
    clock.advance(1);
    expect(limiter.take('a')).toBe(0);
  });

  it('should count the previous window by how much of it still overlaps (no burst at the edge)', () => {
    const clock = clockAt(10 * windowMs + windowMs - 1_000);
    const limiter = new StartRateLimiter({ maxStarts: 4, windowMs }, clock);
    for (let i = 0; i < 4; i += 1) expect(limiter.take('a')).toBe(0);
    clock.advance(2_000);
    // A fixed window would allow four more right away; the sliding estimate allows none yet.
    expect(limiter.take('a')).toBeGreaterThan(0);
  });

  it('should forget users whose windows have passed', () => {
    const clock = clockAt(10 * windowMs);
    const limiter = new StartRateLimiter({ maxStarts: 1, windowMs }, clock);
    limiter.take('a');
    clock.advance(2 * windowMs);
    expect(limiter.take('a')).toBe(0);
  });
});
