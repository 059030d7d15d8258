import type { EmulatorResponse } from '../models/route.js';

/**
 * Token and code responses must not be cached (RFC 6749 §5.1); the emulator applies that to
 * every JSON answer, since none of them is worth caching.
 */
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

/**
 * The pages echo nothing that could run, load nothing from elsewhere and post only to
 * themselves; the policy makes a mistake in that promise visible instead of exploitable.
 */
const PAGE_SECURITY = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

/** A JSON answer. */
export function jsonResponse(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
    body: JSON.stringify(value),
  };
}

/** An HTML page. */
export function htmlResponse(status: number, markup: string): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...NO_STORE, ...PAGE_SECURITY },
    body: markup,
  };
}
