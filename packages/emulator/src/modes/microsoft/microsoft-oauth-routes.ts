import { randomUUID } from 'node:crypto';
import { splitScopes } from '../../calculations/split-scopes.js';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { PollAnswer } from '../../models/poll-log-entry.js';
import type { EmulatorRequest, EmulatorResponse, Route } from '../../models/route.js';
import type { TokenSubject } from '../../services/token-store.js';
import {
  MICROSOFT_ACCESS_TOKEN_TTL,
  MICROSOFT_CLIENT,
  MICROSOFT_PATHS,
} from './microsoft-client.js';
import { microsoftError } from './microsoft-error.js';

const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';
const SLOW_DOWN_INCREMENT = 5;
/** `{tenant}`: common, organizations, consumers, a GUID or a domain name. */
const TENANT = '[A-Za-z0-9][A-Za-z0-9.-]*';

function formOf(request: EmulatorRequest): URLSearchParams {
  return request.body.kind === 'form' ? request.body.params : new URLSearchParams();
}

/** Tokens as Entra answers them; a refresh token only with `offline_access`, rotated each time. */
function tokens(context: EmulatorContext, subject: TokenSubject): EmulatorResponse {
  const access = context.tokens.issue('access', subject, MICROSOFT_ACCESS_TOKEN_TTL, 'EwB');
  const refresh = subject.scopes.includes('offline_access')
    ? context.tokens.issue('refresh', subject, undefined, 'M.C5').value
    : undefined;
  return jsonResponse(200, {
    token_type: 'Bearer',
    scope: subject.scopes.filter((scope) => scope !== 'offline_access').join(' '),
    expires_in: MICROSOFT_ACCESS_TOKEN_TTL,
    ext_expires_in: MICROSOFT_ACCESS_TOKEN_TTL,
    access_token: access.value,
    ...(refresh === undefined ? {} : { refresh_token: refresh }),
  });
}

function pollDeviceCode(context: EmulatorContext, form: URLSearchParams): EmulatorResponse {
  const grant = context.grants.findByDeviceCode('microsoft', form.get('device_code') ?? '');
  if (!grant) return microsoftError('bad_verification_code');
  const answer = (name: PollAnswer, error: string) => {
    context.grants.record(grant, name);
    return microsoftError(error);
  };
  const outcome = context.grants.poll(grant, SLOW_DOWN_INCREMENT);
  switch (outcome.kind) {
    case 'pending':
      return answer('authorization_pending', 'authorization_pending');
    case 'slow_down':
      // Not in Entra's documented list, but RFC 8628 allows it; clients must handle it.
      return answer('slow_down', 'slow_down');
    case 'denied':
      return answer('access_denied', 'authorization_declined');
    case 'expired':
      return answer('expired_token', 'expired_token');
    case 'consumed':
      return answer('invalid_grant', 'bad_verification_code');
    case 'approved':
      context.grants.record(grant, 'access_token');
      return tokens(context, {
        flavor: 'microsoft',
        clientId: grant.clientId,
        user: outcome.user,
        scopes: grant.scopes,
        familyId: randomUUID(),
      });
  }
}

/**
 * `POST https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode` and `/token`
 * (device code and refresh grants), in Entra ID's shapes: a `message` with the instructions,
 * `authorization_declined`, `bad_verification_code`, AADSTS numbers.
 * @see https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code
 */
export function microsoftOAuthRoutes(context: EmulatorContext): Route[] {
  const base = `^${MICROSOFT_PATHS.authority}/${TENANT}/oauth2/v2\\.0`;
  return [
    {
      method: 'POST',
      path: new RegExp(`${base}/devicecode$`),
      handle(request) {
        const form = formOf(request);
        if (form.get('client_id') !== MICROSOFT_CLIENT.clientId)
          return microsoftError('invalid_client');
        const scopes = splitScopes(form.get('scope'), ' ');
        if (scopes.length === 0) return microsoftError('invalid_request');
        const grant = context.grants.issue('microsoft', MICROSOFT_CLIENT.clientId, scopes);
        const verificationUri = `${context.url}/device`;
        return jsonResponse(200, {
          user_code: grant.userCode,
          device_code: grant.deviceCode,
          verification_uri: verificationUri,
          expires_in: Math.round((grant.expiresAt - grant.issuedAt) / 1000),
          interval: grant.interval,
          message:
            `To sign in, use a web browser to open the page ${verificationUri} and enter the ` +
            `code ${grant.userCode} to authenticate.`,
        });
      },
    },
    {
      method: 'POST',
      path: new RegExp(`${base}/token$`),
      handle(request) {
        const form = formOf(request);
        if (form.get('client_id') !== MICROSOFT_CLIENT.clientId)
          return microsoftError('invalid_client');
        const grantType = form.get('grant_type');
        if (grantType === DEVICE_CODE_GRANT_TYPE) return pollDeviceCode(context, form);
        if (grantType !== 'refresh_token') return microsoftError('unsupported_grant_type');
        const refresh = context.tokens.findValid(
          form.get('refresh_token') ?? '',
          'refresh',
          'microsoft',
        );
        if (!refresh) return microsoftError('invalid_grant');
        // Entra rotates refresh tokens: the presented one is retired.
        refresh.revoked = true;
        return tokens(context, {
          flavor: 'microsoft',
          clientId: refresh.clientId,
          user: refresh.user,
          scopes: [...refresh.scopes],
          familyId: refresh.familyId,
        });
      },
    },
  ];
}
