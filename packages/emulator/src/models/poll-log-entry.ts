/**
 * What the token endpoint answered to one poll, named after the RFC 8628 / RFC 6749 outcome
 * for both flavors (Facebook's `error_subcode` 1349174 is logged as `authorization_pending`,
 * 1349172 as `slow_down`, 1349173 as `access_denied`, 1349152 as `expired_token`).
 */
export type PollAnswer =
  | 'authorization_pending'
  | 'slow_down'
  | 'access_denied'
  | 'expired_token'
  | 'invalid_grant'
  | 'invalid_client'
  | 'access_token';

/** One poll of the token endpoint for a given user code. */
export interface PollLogEntry {
  /** Epoch milliseconds on the emulator's clock. */
  at: number;
  answer: PollAnswer;
}
