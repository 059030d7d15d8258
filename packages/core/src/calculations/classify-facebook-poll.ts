import { ErrorCode, InvalidResponseError, ProviderError } from '../errors/botlogin-error.js';
import type { PollResult } from '../models/poll-result.js';
import { parseBody } from './parse-body.js';
import { parseRetryAfter } from './polling-rules.js';
import { redactSecrets } from './redact.js';
import { readTokenAnswer } from './token-response.js';

/**
 * Facebook's `error_subcode` values for device login states. The Graph `code` is not enough:
 * "polling too fast" carries the generic request-limit code 17.
 *
 * @see https://developers.facebook.com/docs/facebook-login/for-devices
 */
export const FacebookSubcode = {
  AuthorizationPending: 1349174,
  ExcessivePolling: 1349172,
  CodeExpired: 1349152,
  AuthorizationDeclined: 1349173,
} as const;

/** The Graph API error envelope, as far as classification needs it. */
export interface GraphError {
  readonly message?: string;
  readonly type?: string;
  readonly code?: number;
  readonly error_subcode?: number;
  readonly is_transient?: boolean;
}

export interface ClassifyFacebookInput {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly endpoint: string;
  readonly now: number;
  readonly requestedScopes?: readonly string[];
  /** Secrets of this call, masked wherever provider text is repeated in an error. */
  readonly secrets?: readonly (string | undefined)[];
}

/**
 * Classifies one `device/login_status` answer. States are told apart by `error_subcode`; the
 * HTTP status of these errors is not documented, so the body decides.
 */
export function classifyFacebookPoll(input: ClassifyFacebookInput): PollResult {
  const parsed = parseBody(input.headers['content-type'], input.body);
  const retryAfter = parseRetryAfter(input.headers['retry-after'], input.now);
  const graphError = parsed.format === 'other' ? undefined : readGraphError(parsed.fields);

  if (graphError !== undefined) {
    switch (graphError.error_subcode) {
      case FacebookSubcode.AuthorizationPending:
        return { kind: 'pending' };
      case FacebookSubcode.ExcessivePolling:
        return { kind: 'slow_down' };
      case FacebookSubcode.CodeExpired:
        return { kind: 'expired' };
      case FacebookSubcode.AuthorizationDeclined:
        return { kind: 'denied' };
      default:
        if (graphError.is_transient === true || input.status >= 500) {
          return withRetry(`Graph error ${graphError.code ?? '?'} (transient)`, retryAfter);
        }
        return { kind: 'fatal', error: graphApiError(input, graphError, input.secrets) };
    }
  }
  if (input.status >= 500 || input.status === 429 || input.status === 408) {
    return withRetry(`HTTP ${input.status}`, retryAfter);
  }
  if (parsed.format === 'other') {
    return {
      kind: 'fatal',
      error: new InvalidResponseError(
        `${input.endpoint} gave an unexpected answer (HTTP ${input.status}, ${parsed.excerpt}); ` +
          'check the Graph API base URL.',
        input.endpoint,
        input.status,
      ),
    };
  }
  const read = readTokenAnswer(parsed.fields, input.now, input.requestedScopes);
  if (input.status < 300 && 'tokens' in read) return { kind: 'granted', tokens: read.tokens };
  const problem = 'problem' in read ? ` (${read.problem})` : '';
  return {
    kind: 'fatal',
    error: new InvalidResponseError(
      `${input.endpoint} answered HTTP ${input.status} with neither a token nor a Graph error${problem}.`,
      input.endpoint,
      input.status,
    ),
  };
}

/** Reads the `error` object of a Graph answer, if there is one. */
export function readGraphError(fields: Readonly<Record<string, unknown>>): GraphError | undefined {
  const error = fields['error'];
  if (typeof error !== 'object' || error === null) return undefined;
  const raw = error as Record<string, unknown>;
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const result: {
    -readonly [K in keyof GraphError]: GraphError[K];
  } = {};
  const message = text(raw['message']);
  const type = text(raw['type']);
  const code = number(raw['code']);
  const subcode = number(raw['error_subcode']);
  if (message !== undefined) result.message = message;
  if (type !== undefined) result.type = type;
  if (code !== undefined) result.code = code;
  if (subcode !== undefined) result.error_subcode = subcode;
  if (raw['is_transient'] === true) result.is_transient = true;
  return result;
}

/** A ProviderError for a Graph error that ends the request. */
export function graphApiError(
  input: Pick<ClassifyFacebookInput, 'endpoint' | 'status'>,
  graphError: GraphError,
  secrets: readonly (string | undefined)[] = [],
): ProviderError {
  const message = redactSecrets(graphError.message ?? 'no message', secrets).slice(0, 200);
  const hint =
    graphError.code === 190
      ? ' Check FACEBOOK_APP_ID and FACEBOOK_CLIENT_TOKEN (the client token, not the app secret).'
      : '';
  return new ProviderError(
    ErrorCode.ProviderError,
    `${input.endpoint} refused the request (Graph error ${graphError.code ?? '?'}` +
      `${graphError.error_subcode === undefined ? '' : `/${graphError.error_subcode}`}: ${message}).${hint}`,
    {
      endpoint: input.endpoint,
      status: input.status,
      ...(graphError.type === undefined ? {} : { error: graphError.type }),
      errorDescription: message,
      ...(graphError.code === undefined ? {} : { graphCode: graphError.code }),
      ...(graphError.error_subcode === undefined ? {} : { errorSubcode: graphError.error_subcode }),
    },
  );
}

function withRetry(reason: string, retryAfter: number | undefined): PollResult {
  return retryAfter === undefined
    ? { kind: 'transient', reason }
    : { kind: 'transient', reason, retryAfter };
}
