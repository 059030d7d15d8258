import type { EmulatorRequest, EmulatorResponse } from '../../models/route.js';

/**
 * GitHub's OAuth endpoints answer `application/x-www-form-urlencoded` unless the client asks
 * for JSON with `Accept: application/json` — and every error, pending included, under HTTP 200.
 * @see https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow
 */
export function githubAnswer(
  request: EmulatorRequest,
  fields: Record<string, string | number>,
): EmulatorResponse {
  const headers = { 'cache-control': 'no-store' };
  if (/application\/json/i.test(request.headers.accept ?? '')) {
    return {
      status: 200,
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(fields),
    };
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) form.set(name, String(value));
  return {
    status: 200,
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: form.toString(),
  };
}

/** The `error_uri` GitHub adds to device flow errors. */
const ERROR_URI =
  'https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes-for-the-device-flow';

/** One of GitHub's device flow errors, with its description and link, under HTTP 200. */
export function githubError(
  request: EmulatorRequest,
  error: string,
  description: string,
  extra: Record<string, number> = {},
): EmulatorResponse {
  return githubAnswer(request, {
    error,
    error_description: description,
    error_uri: ERROR_URI,
    ...extra,
  });
}

/** The REST API's error shape: `{ message, documentation_url }` with a real status. */
export function githubApiError(status: number, message: string): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest' }),
  };
}
