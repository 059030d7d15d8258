import type { EmulatorContext } from '../../models/emulator-context.js';
import type { PollAnswer } from '../../models/poll-log-entry.js';
import type { EmulatorRequest, EmulatorResponse } from '../../models/route.js';
import { authenticateClient } from './authenticate-client.js';
import { type OAuthErrorCode, oauthError } from './oauth-error.js';
import { tokenResponse } from './token-response.js';

/** RFC 8628 §3.5: on `slow_down` the interval grows by 5 s for this and every later poll. */
const SLOW_DOWN_INCREMENT = 5;

/**
 * The device access token request: polls a device code and answers pending, slow_down, the
 * user's decision, expiry, or the token. A consumed code answers `invalid_grant` from then on.
 * @see RFC 8628 §3.4, §3.5
 */
export function deviceCodeGrant(
  context: EmulatorContext,
  request: EmulatorRequest,
  form: URLSearchParams,
): EmulatorResponse {
  const deviceCode = form.get('device_code');
  const grant = deviceCode ? context.grants.findByDeviceCode('rfc8628', deviceCode) : undefined;

  const client = authenticateClient(request, form, context.options.rfc8628);
  if (!client.ok) {
    if (grant) context.grants.record(grant, 'invalid_client');
    return client.response;
  }
  if (!deviceCode) return oauthError('invalid_request', 'device_code is missing');
  if (!grant || grant.clientId !== client.clientId) {
    return oauthError('invalid_grant', 'unknown device_code');
  }

  const fail = (error: OAuthErrorCode & PollAnswer, description: string) => {
    context.grants.record(grant, error);
    return oauthError(error, description);
  };
  const outcome = context.grants.poll(grant, SLOW_DOWN_INCREMENT);
  switch (outcome.kind) {
    case 'pending':
      return fail('authorization_pending', 'the user has not decided yet');
    case 'slow_down':
      return fail('slow_down', `polling too fast; wait ${grant.interval} s between polls`);
    case 'denied':
      return fail('access_denied', 'the user denied the request');
    case 'expired':
      return fail('expired_token', 'the device_code has expired');
    case 'consumed':
      return fail('invalid_grant', 'the device_code has already been used');
    case 'approved':
      context.grants.record(grant, 'access_token');
      return tokenResponse(context, {
        clientId: grant.clientId,
        user: outcome.user,
        scopes: grant.scopes,
      });
  }
}
