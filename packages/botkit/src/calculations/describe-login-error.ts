import { BotloginError, ErrorCode, LoginError } from '@botlogin/core';

/**
 * A polite chat answer for an error from the engine. Only the engine's own messages are shown,
 * which never carry a token or device code; anything else gets a generic sentence.
 */
export function describeLoginError(error: unknown, providerName: string): string {
  if (!BotloginError.is(error)) return 'Something went wrong on my side; please try again later.';
  switch (error.code) {
    case ErrorCode.RateLimited: {
      const retryAfterMs = error instanceof LoginError ? (error.retryAfterMs ?? 0) : 0;
      const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
      return `You started several logins in a short time; please try again in ${seconds} s.`;
    }
    case ErrorCode.Transport:
    case ErrorCode.Timeout:
      return `I could not reach ${providerName} just now; please try again in a moment.`;
    case ErrorCode.ProviderError:
    case ErrorCode.InvalidResponse:
    case ErrorCode.IntervalExceedsLifetime:
    case ErrorCode.Configuration:
      return `${providerName} did not start a login (${error.code}); please try again later.`;
    default:
      return error.message;
  }
}
