/**
 * The numbers that shape polling, each from RFC 8628 §3.5 unless said otherwise.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3.5
 */
export const PollingRules = {
  /** Seconds between polls when the provider gives no `interval` (§3.2). */
  defaultInterval: 5,
  /** Seconds added to the interval by every `slow_down`, for that and all later polls (§3.5). */
  slowDownIncrement: 5,
  /**
   * Ceiling of the growth by slow_down: a provider that answers slow_down to everything
   * (Keycloak's old default, PROVIDERS.md B19) ends the login with a clear error once the
   * interval would pass it, instead of stretching polls past any useful point.
   */
  maxSlowDownInterval: 60,
  /** Ceiling of the backoff after transient failures, in seconds. */
  maxTransientBackoff: 60,
} as const;

/**
 * Normalises the interval a provider gave: absent, zero, negative or non-integral values would
 * make a busy loop (PROVIDERS.md B10), so they become the RFC's default.
 */
export function normaliseInterval(interval: number | undefined): number {
  if (interval === undefined || !Number.isFinite(interval) || interval < 1) {
    return PollingRules.defaultInterval;
  }
  // No ceiling here: polling faster than the provider asked would break RFC 8628 §3.5.
  return Math.ceil(interval);
}

/**
 * The interval after a `slow_down`: five seconds more, or the provider's new interval when it
 * gives a larger one (GitHub does). Never smaller than before.
 */
export function intervalAfterSlowDown(current: number, offered: number | undefined): number {
  const increased = current + PollingRules.slowDownIncrement;
  const next =
    offered !== undefined && Number.isFinite(offered) ? Math.max(increased, offered) : increased;
  return Math.ceil(next);
}

/**
 * Seconds to wait after the `failures`-th transient failure in a row: the interval doubled per
 * failure (§3.5 asks for exponential backoff on timeouts), or the server's `Retry-After` when
 * that is longer.
 */
export function transientDelay(interval: number, failures: number, retryAfter?: number): number {
  const doubled = interval * 2 ** Math.max(0, failures - 1);
  const backoff = Math.min(doubled, Math.max(PollingRules.maxTransientBackoff, interval));
  return retryAfter !== undefined && retryAfter > backoff ? retryAfter : backoff;
}

/** Reads `Retry-After` as seconds; the HTTP-date form is measured against `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
