import { randomUUID } from 'node:crypto';
import { safeEqual } from '../../calculations/safe-equal.js';
import { splitScopes } from '../../calculations/split-scopes.js';
import { jsonResponse } from '../../http/http-response.js';
import type { DeviceGrant } from '../../models/device-grant.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { EmulatorRequest, EmulatorResponse, Route } from '../../models/route.js';
import type { TokenSubject } from '../../services/token-store.js';
import {
  GOOGLE_ACCESS_TOKEN_TTL,
  GOOGLE_CLIENT,
  GOOGLE_DEVICE_SCOPES,
  GOOGLE_PATHS,
} from './google-client.js';
import { googleError } from './google-error.js';

const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';
const SLOW_DOWN_INCREMENT = 5;

function formOf(request: EmulatorRequest): URLSearchParams {
  return request.body.kind === 'form' ? request.body.params : new URLSearchParams();
}

/** `client_id` must be ours; at the token endpoint the secret is required too. */
function clientProblem(form: URLSearchParams, needSecret: boolean): EmulatorResponse | undefined {
  if (form.get('client_id') !== GOOGLE_CLIENT.clientId) {
    return googleError('invalid_client', 'The OAuth client was not found.');
  }
  if (needSecret && !safeEqual(form.get('client_secret') ?? '', GOOGLE_CLIENT.clientSecret)) {
    return googleError('invalid_client', 'Unauthorized');
  }
  return undefined;
}

function tokens(context: EmulatorContext, subject: TokenSubject, refresh: string | undefined) {
  const access = context.tokens.issue('access', subject, GOOGLE_ACCESS_TOKEN_TTL, 'ya29.');
  return jsonResponse(200, {
    access_token: access.value,
    expires_in: GOOGLE_ACCESS_TOKEN_TTL,
    ...(refresh === undefined ? {} : { refresh_token: refresh }),
    scope: subject.scopes.join(' '),
    token_type: 'Bearer',
  });
}

function pollDeviceCode(context: EmulatorContext, form: URLSearchParams): EmulatorResponse {
  const grant = context.grants.findByDeviceCode('google', form.get('device_code') ?? '');
  if (!grant) return googleError('invalid_grant', 'Malformed auth code.');
  const answer = (
    name: Parameters<typeof context.grants.record>[1],
    response: EmulatorResponse,
  ) => {
    context.grants.record(grant, name);
    return response;
  };
  const outcome = context.grants.poll(grant, SLOW_DOWN_INCREMENT);
  switch (outcome.kind) {
    case 'pending':
      return answer('authorization_pending', googleError('authorization_pending'));
    case 'slow_down':
      return answer('slow_down', googleError('slow_down'));
    case 'denied':
      return answer('access_denied', googleError('access_denied'));
    case 'expired':
      return answer('expired_token', googleError('expired_token'));
    case 'consumed':
      return answer('invalid_grant', googleError('invalid_grant', 'Bad Request'));
    case 'approved':
      return answer('access_token', issueFirstTokens(context, grant, outcome.user));
  }
}

function issueFirstTokens(
  context: EmulatorContext,
  grant: DeviceGrant,
  user: TokenSubject['user'],
): EmulatorResponse {
  const subject: TokenSubject = {
    flavor: 'google',
    clientId: grant.clientId,
    user,
    scopes: grant.scopes,
    familyId: randomUUID(),
  };
  // Google always issues a refresh token to device clients.
  const refresh = context.tokens.issue('refresh', subject, undefined, '1//');
  return tokens(context, subject, refresh.value);
}

/**
 * `POST https://oauth2.googleapis.com/device/code`, `/token` (device code and refresh grants)
 * and `/revoke`, in Google's shapes: `verification_url`, 428 and 403 for polling states, no
 * refresh token rotation.
 * @see https://developers.google.com/identity/protocols/oauth2/limited-input-device
 */
export function googleOAuthRoutes(context: EmulatorContext): Route[] {
  return [
    {
      method: 'POST',
      path: new RegExp(`^${GOOGLE_PATHS.deviceCode}$`),
      handle(request) {
        const form = formOf(request);
        const problem = clientProblem(form, false);
        if (problem) return problem;
        const scopes = splitScopes(form.get('scope'), ' ');
        if (scopes.length === 0)
          return googleError('invalid_request', 'Missing required parameter: scope');
        const refused = scopes.find((scope) => !GOOGLE_DEVICE_SCOPES.has(scope));
        if (refused !== undefined) {
          return googleError('invalid_scope', `Invalid device flow scope: ${refused}`);
        }
        const grant = context.grants.issue('google', GOOGLE_CLIENT.clientId, scopes);
        return jsonResponse(200, {
          device_code: grant.deviceCode,
          user_code: grant.userCode,
          expires_in: Math.round((grant.expiresAt - grant.issuedAt) / 1000),
          interval: grant.interval,
          verification_url: `${context.url}/device`,
        });
      },
    },
    {
      method: 'POST',
      path: new RegExp(`^${GOOGLE_PATHS.token}$`),
      handle(request) {
        const form = formOf(request);
        const problem = clientProblem(form, true);
        if (problem) return problem;
        const grantType = form.get('grant_type');
        if (grantType === DEVICE_CODE_GRANT_TYPE) return pollDeviceCode(context, form);
        if (grantType !== 'refresh_token')
          return googleError('unsupported_grant_type', 'Invalid grant_type');
        const refresh = context.tokens.findValid(
          form.get('refresh_token') ?? '',
          'refresh',
          'google',
        );
        if (!refresh) return googleError('invalid_grant', 'Token has been expired or revoked.');
        // No rotation: the same refresh token keeps working, so none is sent back.
        const subject: TokenSubject = {
          flavor: 'google',
          clientId: refresh.clientId,
          user: refresh.user,
          scopes: [...refresh.scopes],
          familyId: refresh.familyId,
        };
        return tokens(context, subject, undefined);
      },
    },
    {
      method: 'POST',
      path: new RegExp(`^${GOOGLE_PATHS.revoke}$`),
      handle(request) {
        const value = formOf(request).get('token') ?? request.query.get('token') ?? '';
        const known =
          context.tokens.findValid(value, 'access', 'google') ??
          context.tokens.findValid(value, 'refresh', 'google');
        if (!known) {
          return jsonResponse(400, {
            error: 'invalid_token',
            error_description: 'Token expired or revoked',
          });
        }
        // Revoking either token ends the whole grant at Google.
        context.tokens.revokeFamily(known.familyId);
        return jsonResponse(200, {});
      },
    },
  ];
}
