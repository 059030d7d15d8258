import { safeEqual } from '../../calculations/safe-equal.js';
import { parseClientCredentials } from '../../http/parse-client-credentials.js';
import type { ResolvedOptions } from '../../models/resolved-options.js';
import type { EmulatorRequest, EmulatorResponse } from '../../models/route.js';
import { oauthError } from './oauth-error.js';

/** The client is who it says, or the error response to send. */
export type ClientCheck =
  | { ok: true; clientId: string }
  | { ok: false; response: EmulatorResponse };

/**
 * Authenticates the RFC 8628 client (RFC 6749 §2.3): the configured `client_id`, and, when a
 * secret is configured, that secret by `client_secret_basic` or `client_secret_post`. A secret
 * sent to a public client is ignored rather than refused.
 */
export function authenticateClient(
  request: EmulatorRequest,
  form: URLSearchParams,
  options: ResolvedOptions['rfc8628'],
): ClientCheck {
  const credentials = parseClientCredentials(request, form);
  if (!credentials.ok) {
    const error = credentials.reason.includes('more than one')
      ? 'invalid_request'
      : 'invalid_client';
    return { ok: false, response: oauthError(error, credentials.reason) };
  }
  if (credentials.clientId !== options.clientId) {
    return { ok: false, response: oauthError('invalid_client', 'unknown client') };
  }

  const expected = options.clientSecret;
  if (expected !== undefined) {
    if (credentials.clientSecret === undefined) {
      return {
        ok: false,
        response: oauthError('invalid_client', 'client authentication required'),
      };
    }
    if (!safeEqual(credentials.clientSecret, expected)) {
      return { ok: false, response: oauthError('invalid_client', 'client authentication failed') };
    }
  }
  return { ok: true, clientId: credentials.clientId };
}
