import { randomBytes } from 'node:crypto';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorResponse } from '../../models/route.js';

/** The fields of a Graph API error object. */
export interface GraphErrorFields {
  message: string;
  code: number;
  error_subcode?: number;
  error_user_title?: string;
  error_user_msg?: string;
}

/**
 * A Graph API error envelope, `{ "error": { message, type, code, ... } }`, under HTTP 400 as
 * Graph normally sends them. `fbtrace_id` is random per answer, as it is at Facebook.
 */
export function graphError(fields: GraphErrorFields): EmulatorResponse {
  return jsonResponse(400, {
    error: {
      message: fields.message,
      type: 'OAuthException',
      code: fields.code,
      ...(fields.error_subcode === undefined ? {} : { error_subcode: fields.error_subcode }),
      is_transient: false,
      ...(fields.error_user_title === undefined
        ? {}
        : { error_user_title: fields.error_user_title }),
      ...(fields.error_user_msg === undefined ? {} : { error_user_msg: fields.error_user_msg }),
      fbtrace_id: randomBytes(8).toString('base64url'),
    },
  });
}

/** Missing or wrong `APP_ID|CLIENT_TOKEN` on the device endpoints (captured message). */
export const CLIENT_TOKEN_REQUIRED: GraphErrorFields = {
  message: '(#190) This method must be called with a client access token',
  code: 190,
};

/** A user access token that is malformed, unknown, revoked or expired. */
export const INVALID_ACCESS_TOKEN: GraphErrorFields = {
  message: 'Invalid OAuth access token - Cannot parse access token',
  code: 190,
};

/** A parameter is missing or names nothing; Graph's generic code 100. */
export function invalidParameter(message: string): GraphErrorFields {
  return { message: `(#100) ${message}`, code: 100 };
}
