import { endpointOf, type HttpClient, type HttpResponse } from '../actions/http-client.js';
import { parseBody } from '../calculations/parse-body.js';
import { ErrorCode, InvalidResponseError, ProviderError } from '../errors/botlogin-error.js';
import type { TokenSet } from '../models/token-set.js';
import type { ProviderCallContext } from './device-flow-provider.js';

/**
 * `GET`s a provider API with the user's access token in the `Authorization` header (never in
 * the URL: RFC 9700 §4.3.2) and reads the JSON answer.
 *
 * @returns the parsed JSON value (object or array).
 * @throws ProviderError `BOTLOGIN_PROVIDER_ERROR` for an error status, with the status kept in
 *   `details`; InvalidResponseError for a body that is not JSON.
 */
export async function getProviderJson(
  http: HttpClient,
  url: string,
  tokens: TokenSet,
  context: ProviderCallContext = {},
  headers: Readonly<Record<string, string>> = {},
): Promise<unknown> {
  const response = await http.send({
    method: 'GET',
    url,
    headers: {
      accept: 'application/json',
      ...headers,
      authorization: `Bearer ${tokens.accessToken}`,
    },
    ...(context.signal ? { signal: context.signal } : {}),
  });
  return readJsonAnswer(response, `GET ${endpointOf(url)}`);
}

/**
 * Reads a JSON answer of a provider API (not an OAuth endpoint): a 2xx JSON body, or a typed
 * error naming the endpoint and status, with at most a redacted excerpt of the body.
 */
export function readJsonAnswer(response: HttpResponse, endpoint: string): unknown {
  if (response.status < 200 || response.status >= 300) {
    throw new ProviderError(
      ErrorCode.ProviderError,
      `${endpoint} answered HTTP ${response.status}.`,
      { endpoint, status: response.status },
    );
  }
  const type = (response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json' || type?.endsWith('+json')) {
    try {
      return JSON.parse(response.body) as unknown;
    } catch {
      // Falls through: a truncated body.
    }
  }
  const parsed = parseBody(response.headers['content-type'], response.body);
  const what = parsed.format === 'other' ? parsed.excerpt : parsed.format;
  throw new InvalidResponseError(
    `${endpoint} gave an unexpected answer (HTTP ${response.status}, ${what}).`,
    endpoint,
    response.status,
  );
}

/** The value if it is a plain object, else an InvalidResponseError naming what was expected. */
export function requireObject(value: unknown, endpoint: string): Readonly<Record<string, unknown>> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  throw new InvalidResponseError(
    `${endpoint} answered something other than an object.`,
    endpoint,
    200,
  );
}

/** The first value that is a non-empty string. */
export function firstText(...values: unknown[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && value.length > 0);
}
