import { randomUUID } from 'node:crypto';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorResponse } from '../../models/route.js';

/** The AADSTS number Entra puts in `error_description` and `error_codes`, by error. */
const AADSTS: Record<string, [number, string]> = {
  authorization_pending: [70016, 'OAuth 2.0 device flow error. Authorization is pending.'],
  slow_down: [70016, 'Polling too frequently.'],
  authorization_declined: [70000, 'The user denied the authorization request.'],
  expired_token: [70020, 'The provided value for the input parameter device_code is expired.'],
  bad_verification_code: [70019, 'Verification code expired or not recognized.'],
  invalid_client: [700016, 'Application was not found in the directory.'],
  invalid_grant: [70008, 'The provided authorization code or refresh token has expired.'],
  invalid_request: [900144, 'The request body must contain the required parameter.'],
  unsupported_grant_type: [70003, 'The app requested an unsupported grant type.'],
};

/**
 * An Entra ID v2.0 token error: HTTP 400 (401 for invalid_client) with `error`, an
 * `error_description` starting with its AADSTS number, `error_codes`, a timestamp and ids.
 * @see https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code#expected-errors
 */
export function microsoftError(error: string): EmulatorResponse {
  const [code, text] = AADSTS[error] ?? [90000, 'Unexpected error.'];
  const traceId = randomUUID();
  return jsonResponse(error === 'invalid_client' ? 401 : 400, {
    error,
    error_description: `AADSTS${code}: ${text} Trace ID: ${traceId}`,
    error_codes: [code],
    timestamp: new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z'),
    trace_id: traceId,
    correlation_id: randomUUID(),
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}
