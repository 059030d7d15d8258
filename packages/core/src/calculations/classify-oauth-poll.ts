import { ErrorCode, InvalidResponseError, ProviderError } from '../errors/botlogin-error.js';
import type { PollResult } from '../models/poll-result.js';
import { type ParsedBody, parseBody } from './parse-body.js';
import { parseRetryAfter } from './polling-rules.js';
import { redactSecrets } from './redact.js';
import { readTokenAnswer } from './token-response.js';

/** How one OAuth `error` value reads as a polling state. */
export type OAuthErrorMeaning = 'pending' | 'slow_down' | 'denied' | 'expired' | 'transient';

/**
 * The RFC 8628 §3.5 error codes, plus `temporarily_unavailable` from RFC 6749 §5.2. Providers
 * add their own names through `aliases` (Entra's `authorization_declined`, GitHub's
 * `token_expired`, Entra v1's `code_expired`).
 */
export const rfc8628ErrorMeanings: Readonly<Record<string, OAuthErrorMeaning>> = {
  authorization_pending: 'pending',
  slow_down: 'slow_down',
  access_denied: 'denied',
  expired_token: 'expired',
  temporarily_unavailable: 'transient',
};

export interface ClassifyPollInput {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** For messages: method and URL without query. */
  readonly endpoint: string;
  readonly now: number;
  readonly requestedScopes?: readonly string[];
  readonly aliases?: Readonly<Record<string, OAuthErrorMeaning>>;
  /** Secrets of this call, masked wherever provider text is repeated in an error. */
  readonly secrets?: readonly (string | undefined)[];
}

/**
 * Classifies one token endpoint answer of an RFC 8628 provider. The body decides, whatever the
 * status: providers put pending under 200 (GitHub), 400 (the RFC), 403 (Google's slow_down,
 * OpenAM), 428 (Google's pending) and slow_down under 429 (Auth0). The status only breaks ties
 * for answers without an error code: 5xx, 408 and 429 are transient.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3.5
 */
export function classifyOAuthPoll(input: ClassifyPollInput): PollResult {
  const parsed = parseBody(input.headers['content-type'], input.body);
  const retryAfter = parseRetryAfter(input.headers['retry-after'], input.now);
  const errorName = parsed.format === 'other' ? undefined : readErrorName(parsed.fields);

  if (errorName !== undefined) {
    const meaning = { ...rfc8628ErrorMeanings, ...input.aliases }[errorName];
    switch (meaning) {
      case 'pending':
        return { kind: 'pending' };
      case 'slow_down': {
        const interval = readInterval(parsed);
        return interval === undefined ? { kind: 'slow_down' } : { kind: 'slow_down', interval };
      }
      case 'denied':
        return { kind: 'denied' };
      case 'expired':
        return { kind: 'expired' };
      case 'transient':
        return transient(`${errorName} (HTTP ${input.status})`, retryAfter);
      case undefined:
        return { kind: 'fatal', error: oauthError(input, parsed, errorName, input.secrets) };
    }
  }

  if (isTransientStatus(input.status)) {
    return transient(`HTTP ${input.status}`, retryAfter);
  }
  if (parsed.format === 'other') {
    return {
      kind: 'fatal',
      error: new InvalidResponseError(
        `${input.endpoint} gave an unexpected answer (HTTP ${input.status}, ${parsed.excerpt}); ` +
          'check the token endpoint URL.',
        input.endpoint,
        input.status,
      ),
    };
  }
  if (input.status >= 200 && input.status < 300) {
    const read = readTokenAnswer(parsed.fields, input.now, input.requestedScopes);
    if ('tokens' in read) return { kind: 'granted', tokens: read.tokens };
    return {
      kind: 'fatal',
      error: new InvalidResponseError(
        `${input.endpoint} answered HTTP ${input.status} without a usable token (${read.problem}).`,
        input.endpoint,
        input.status,
      ),
    };
  }
  return {
    kind: 'fatal',
    error: new InvalidResponseError(
      `${input.endpoint} answered HTTP ${input.status} with an unrecognised error shape ` +
        '(no "error" field); this provider needs its own error mapping.',
      input.endpoint,
      input.status,
    ),
  };
}

/** Reads the RFC 6749 `error`, or the `error_code` key Google uses for quota errors. */
export function readErrorName(fields: Readonly<Record<string, unknown>>): string | undefined {
  const value = fields['error'] ?? fields['error_code'];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A ProviderError for an OAuth error answer that ends the request. */
export function oauthError(
  input: Pick<ClassifyPollInput, 'endpoint' | 'status'>,
  parsed: ParsedBody,
  errorName: string,
  secrets: readonly (string | undefined)[] = [],
): ProviderError {
  const fields = parsed.format === 'other' ? {} : parsed.fields;
  const rawDescription = fields['error_description'];
  // Providers may echo what they were sent; nothing they say is repeated unmasked.
  const description =
    typeof rawDescription === 'string'
      ? redactSecrets(rawDescription, secrets).slice(0, 200)
      : undefined;
  errorName = redactSecrets(errorName, secrets).slice(0, 80);
  const detail = description ? `: ${description}` : '';
  return new ProviderError(
    ErrorCode.ProviderError,
    `${input.endpoint} refused the request with "${errorName}"${detail}.`,
    {
      endpoint: input.endpoint,
      status: input.status,
      error: errorName,
      ...(description === undefined ? {} : { errorDescription: description }),
    },
  );
}

function readInterval(parsed: ParsedBody): number | undefined {
  if (parsed.format === 'other') return undefined;
  const value = Number(parsed.fields['interval']);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

function transient(reason: string, retryAfter: number | undefined): PollResult {
  return retryAfter === undefined
    ? { kind: 'transient', reason }
    : { kind: 'transient', reason, retryAfter };
}
