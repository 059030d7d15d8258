import { ErrorCode, TransportError } from '@botlogin/core';

/**
 * Telegram could not take a call for now: it answered 429 (flood control) or a 5xx. The call
 * may succeed later, so the presenter throws this for the engine to present the outcome again.
 *
 * @see https://core.telegram.org/bots/api#responseparameters
 */
export class TelegramTransientError extends TransportError {
  /** Telegram's `error_code`: 429 or a 5xx. */
  readonly status: number;
  /** For 429: how long Telegram asked to wait (`parameters.retry_after`), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(status: number, method: string, retryAfterMs?: number, cause?: unknown) {
    super(
      ErrorCode.Transport,
      `Telegram answered ${method} with ${status}` +
        (retryAfterMs === undefined ? '.' : `; retry after ${retryAfterMs} ms.`),
      method,
      { cause },
    );
    this.name = 'TelegramTransientError';
    this.status = status;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}
