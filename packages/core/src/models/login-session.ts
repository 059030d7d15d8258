import type { ChatUser } from './chat-user.js';

/** A JSON value, so sessions stay plain serialisable data for any store. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** Where a login stands. Every state but `pending` is final. */
export type LoginState = 'pending' | 'approved' | 'denied' | 'expired' | 'cancelled' | 'failed';

/** The final states, each reached at most once per session. */
export type LoginOutcomeState = Exclude<LoginState, 'pending'>;

/**
 * What an adapter needs to update the chat message it showed, from any process: a Discord
 * interaction token, a Slack `response_url`, a Telegram chat and message id.
 */
export interface DeliveryHandle {
  readonly platform: string;
  readonly data: { readonly [key: string]: JsonValue };
}

/** The profile fields kept with an approved session, safe to show in chat. */
export interface SessionProfile {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly avatarUrl?: string;
}

/** How a login ended. `errorCode` and `errorMessage` are set for `failed` only. */
export interface LoginOutcome {
  readonly state: LoginOutcomeState;
  /** Epoch milliseconds. */
  readonly endedAt: number;
  readonly profile?: SessionProfile;
  readonly errorCode?: string;
  readonly errorMessage?: string;
}

/**
 * One login of one chat user with one provider, from the device authorization to its outcome.
 *
 * Plain data: a store may serialise it as JSON. `version` grows with every write so that stores
 * can refuse a stale update (compare-and-set), which is how two processes never both end one
 * session.
 */
export interface LoginSession {
  readonly id: string;
  readonly version: number;
  readonly providerId: string;
  readonly chatUser: ChatUser;
  readonly chatUserKey: string;
  readonly state: LoginState;
  /** The bearer secret of the flow (RFC 8628 §5.2). Never leaves the engine and the store. */
  readonly deviceCode: string;
  readonly userCode: string;
  readonly verificationUri: string;
  readonly verificationUriComplete?: string;
  readonly providerMessage?: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  /** Epoch milliseconds after which the codes are dead: no poll is sent at or after it. */
  readonly expiresAt: number;
  /** Current polling interval in seconds; only ever grows (slow_down). */
  readonly interval: number;
  /** Epoch milliseconds of the next poll, or of the expiry check when no poll fits. */
  readonly nextPollAt: number;
  /** Epoch milliseconds of the last poll sent, if any. */
  readonly lastPollAt?: number;
  readonly pollCount: number;
  readonly slowDownCount: number;
  /** Consecutive transient failures, for backoff; reset by any real answer. */
  readonly transientFailures: number;
  readonly locale?: string;
  readonly delivery?: DeliveryHandle;
  readonly outcome?: LoginOutcome;
  /** Whether the outcome was handed to the presenter and the listeners. */
  readonly delivered: boolean;
  /** Presenter calls that failed so far, for retrying with backoff. */
  readonly deliveryAttempts?: number;
}

/** A session as adapters see it: everything but the device code. */
export type LoginView = Omit<LoginSession, 'deviceCode'>;

/** Strips the device code, so nothing outside the engine can leak it. */
export function toLoginView(session: LoginSession): LoginView {
  const { deviceCode: _secret, ...view } = session;
  return view;
}
