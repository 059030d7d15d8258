import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorResponse } from '../../models/route.js';

/** The `error` codes of RFC 6749 §5.2, RFC 8628 §3.5 and RFC 6750 §3.1 the emulator answers. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'invalid_token'
  | 'unsupported_grant_type'
  | 'authorization_pending'
  | 'slow_down'
  | 'access_denied'
  | 'expired_token';

/**
 * An RFC 6749 §5.2 error body. `invalid_client` is 401 with a `WWW-Authenticate` challenge
 * (required there when the client tried `Authorization`, harmless otherwise); every other
 * token-endpoint error is 400.
 */
export function oauthError(error: OAuthErrorCode, description: string): EmulatorResponse {
  if (error === 'invalid_client') {
    return jsonResponse(
      401,
      { error, error_description: description },
      { 'www-authenticate': 'Basic realm="botlogin-emulator"' },
    );
  }
  if (error === 'invalid_token') {
    return jsonResponse(
      401,
      { error, error_description: description },
      { 'www-authenticate': `Bearer error="invalid_token"` },
    );
  }
  return jsonResponse(400, { error, error_description: description });
}
