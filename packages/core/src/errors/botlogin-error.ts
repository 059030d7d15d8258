const brand = Symbol.for('@botlogin/core/BotloginError');

/**
 * Stable error codes. Match on these, never on message text.
 */
export const ErrorCode = {
  /** Configuration is missing or invalid: fix it and restart. */
  Configuration: 'BOTLOGIN_CONFIGURATION',
  /** No provider is registered under the id asked for. */
  UnknownProvider: 'BOTLOGIN_UNKNOWN_PROVIDER',
  /** The provider answered with an OAuth or Graph error that ends the request. */
  ProviderError: 'BOTLOGIN_PROVIDER_ERROR',
  /** The provider's answer does not have the shape its protocol promises. */
  InvalidResponse: 'BOTLOGIN_INVALID_RESPONSE',
  /** The request never got an answer: connection refused, reset, DNS. */
  Transport: 'BOTLOGIN_TRANSPORT',
  /** The request got no answer in time. */
  Timeout: 'BOTLOGIN_TIMEOUT',
  /** The request was aborted, as when a login is cancelled. */
  Aborted: 'BOTLOGIN_ABORTED',
  /** The provider's polling interval is longer than the codes live. */
  IntervalExceedsLifetime: 'BOTLOGIN_INTERVAL_EXCEEDS_LIFETIME',
  /** The provider kept answering slow_down until the interval hit its ceiling. */
  SlowDownLoop: 'BOTLOGIN_SLOW_DOWN_LOOP',
  /** The chat user started too many logins in the window. */
  RateLimited: 'BOTLOGIN_RATE_LIMITED',
  /** No login with that id exists (or it has been removed). */
  LoginNotFound: 'BOTLOGIN_LOGIN_NOT_FOUND',
  /** The chat user acting is not the one the login belongs to. */
  NotAllowed: 'BOTLOGIN_NOT_ALLOWED',
  /** The chat user holds no token for that provider. */
  NotLoggedIn: 'BOTLOGIN_NOT_LOGGED_IN',
  /** The provider refused the refresh token: the user has to log in again. */
  RefreshRejected: 'BOTLOGIN_REFRESH_REJECTED',
  /** The provider cannot do what was asked (refresh, revoke). */
  Unsupported: 'BOTLOGIN_UNSUPPORTED',
  /** A stored value could not be read back. */
  CorruptRecord: 'BOTLOGIN_CORRUPT_RECORD',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface BotloginErrorOptions {
  readonly cause?: unknown;
}

/**
 * Base of every error botlogin throws. Messages name what failed and what to do next, and never
 * contain a token, device code or client secret.
 */
export class BotloginError extends Error {
  readonly code: ErrorCode;
  readonly [brand] = true;

  constructor(code: ErrorCode, message: string, options: BotloginErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
  }

  /**
   * `BotloginError.is(x)` is true for any botlogin error, even one from another copy of this
   * package (matched by a global symbol); a subclass's `is` (`LoginError.is(x)`) is true only
   * for that subclass.
   */
  static is<T extends BotloginError>(
    this: abstract new (
      ...args: never[]
    ) => T,
    value: unknown,
  ): value is T {
    if (typeof value !== 'object' || value === null || !(brand in value)) return false;
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass `is` was called on.
    return (this as unknown) === BotloginError || value instanceof this;
  }

  /** A serialisable summary, safe for chat and logs. */
  toJSON(): { name: string; code: ErrorCode; message: string } {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/** Configuration that cannot work: a missing credential, a malformed URL, a bad limit. */
export class ConfigurationError extends BotloginError {
  constructor(message: string, options?: BotloginErrorOptions) {
    super(ErrorCode.Configuration, message, options);
  }
}

/** Details a provider gave with an error answer, minus anything secret. */
export interface ProviderErrorDetails {
  readonly endpoint: string;
  readonly status: number;
  /** RFC 6749 `error`, or Facebook's Graph `type`. */
  readonly error?: string;
  readonly errorDescription?: string;
  /** Facebook's Graph `code` and `error_subcode`. */
  readonly graphCode?: number;
  readonly errorSubcode?: number;
}

/** The provider answered, and the answer ends the request. */
export class ProviderError extends BotloginError {
  readonly details: ProviderErrorDetails;

  constructor(
    code: ErrorCode,
    message: string,
    details: ProviderErrorDetails,
    options?: BotloginErrorOptions,
  ) {
    super(code, message, options);
    this.details = details;
  }
}

/** The request got no usable answer: network failure, timeout or abort. */
export class TransportError extends BotloginError {
  readonly endpoint: string;

  constructor(code: ErrorCode, message: string, endpoint: string, options?: BotloginErrorOptions) {
    super(code, message, options);
    this.endpoint = endpoint;
  }
}

/** A login could not be started, found or acted on as asked. */
export class LoginError extends BotloginError {
  /** For `BOTLOGIN_RATE_LIMITED`: milliseconds until the user may try again. */
  readonly retryAfterMs?: number;

  constructor(code: ErrorCode, message: string, retryAfterMs?: number) {
    super(code, message);
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** A stored session or token could not be read or written. */
export class StoreError extends BotloginError {
  readonly recordId: string | undefined;

  constructor(code: ErrorCode, message: string, recordId?: string, options?: BotloginErrorOptions) {
    super(code, message, options);
    this.recordId = recordId;
  }
}

/** The provider's answer does not have the shape its protocol promises. */
export class InvalidResponseError extends ProviderError {
  constructor(message: string, endpoint: string, status: number, options?: BotloginErrorOptions) {
    super(ErrorCode.InvalidResponse, message, { endpoint, status }, options);
  }
}
