import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorResponse } from '../../models/route.js';

/**
 * A Google OAuth error: pending is 428 "Precondition Required", slow_down and access_denied
 * share 403 "Forbidden", invalid_client is 401, the rest 400.
 * @see https://developers.google.com/identity/protocols/oauth2/limited-input-device#step-6:-handle-responses-to-polling-requests
 */
export function googleError(error: string, description?: string): EmulatorResponse {
  const status =
    error === 'authorization_pending'
      ? 428
      : error === 'slow_down' || error === 'access_denied'
        ? 403
        : error === 'invalid_client' || error === 'invalid_token'
          ? 401
          : 400;
  const fallback =
    status === 428 ? 'Precondition Required' : status === 403 ? 'Forbidden' : 'Bad Request';
  return jsonResponse(status, { error, error_description: description ?? fallback });
}
