import { BotloginError, ErrorCode } from '../errors/botlogin-error.js';
import type { LoginOutcomeState, LoginSession } from '../models/login-session.js';
import type { PollResult } from '../models/poll-result.js';
import type { TokenSet } from '../models/token-set.js';
import { intervalAfterSlowDown, PollingRules, transientDelay } from './polling-rules.js';

/** What the engine does after one poll. */
export type PollDecision =
  | { readonly kind: 'reschedule'; readonly session: LoginSession }
  | {
      readonly kind: 'finish';
      readonly state: Exclude<LoginOutcomeState, 'cancelled'>;
      readonly tokens?: TokenSet;
      readonly error?: BotloginError;
    };

/**
 * Applies the polling rules of RFC 8628 §3.5 to one answer. Pure: the engine does the I/O.
 *
 * The next poll is measured from when the answer arrived, not from when the request left, so
 * the gap the provider sees between two requests is never shorter than the interval. A next
 * poll that would fall at or after the deadline becomes the expiry check instead: nothing is
 * polled after expiry.
 *
 * @param answeredAt - epoch ms when the answer (or the failure) arrived.
 */
export function decideAfterPoll(
  session: LoginSession,
  result: PollResult,
  answeredAt: number,
): PollDecision {
  switch (result.kind) {
    case 'granted':
      return { kind: 'finish', state: 'approved', tokens: result.tokens };
    case 'denied':
      return { kind: 'finish', state: 'denied' };
    case 'expired':
      return { kind: 'finish', state: 'expired' };
    case 'fatal':
      return { kind: 'finish', state: 'failed', error: result.error };
    case 'pending':
      return reschedule(session, answeredAt, session.interval, { transientFailures: 0 });
    case 'slow_down': {
      const interval = intervalAfterSlowDown(session.interval, result.interval);
      if (interval > PollingRules.maxSlowDownInterval) {
        return {
          kind: 'finish',
          state: 'failed',
          error: new BotloginError(
            ErrorCode.SlowDownLoop,
            `The provider kept answering slow_down until the interval passed ` +
              `${PollingRules.maxSlowDownInterval} s; its clock or rate limits may be off. ` +
              'Ask the user to try again later.',
          ),
        };
      }
      return reschedule(session, answeredAt, interval, {
        interval,
        slowDownCount: session.slowDownCount + 1,
        transientFailures: 0,
      });
    }
    case 'transient': {
      const failures = session.transientFailures + 1;
      const delay = transientDelay(session.interval, failures, result.retryAfter);
      return reschedule(session, answeredAt, delay, { transientFailures: failures });
    }
  }
}

function reschedule(
  session: LoginSession,
  answeredAt: number,
  delaySeconds: number,
  changes: Partial<LoginSession>,
): PollDecision {
  const due = answeredAt + delaySeconds * 1000;
  return {
    kind: 'reschedule',
    session: {
      ...session,
      ...changes,
      version: session.version + 1,
      nextPollAt: Math.min(due, session.expiresAt),
    },
  };
}
