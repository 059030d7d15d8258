import { splitScopes } from '../../calculations/split-scopes.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { EmulatorRequest, EmulatorResponse } from '../../models/route.js';
import { authenticateClient } from './authenticate-client.js';
import { oauthError } from './oauth-error.js';
import { tokenResponse } from './token-response.js';

/**
 * The refresh token grant. With rotation on (the default, as RFC 9700 §4.14.2 recommends for
 * public clients) each refresh retires the presented refresh token, so replaying it answers
 * `invalid_grant`. Reuse detection (revoking the whole family on replay) is not done: tests
 * of concurrent refreshes need the winner's tokens to stay valid.
 * @see RFC 6749 §6
 */
export function refreshTokenGrant(
  context: EmulatorContext,
  request: EmulatorRequest,
  form: URLSearchParams,
): EmulatorResponse {
  const client = authenticateClient(request, form, context.options.rfc8628);
  if (!client.ok) return client.response;

  const value = form.get('refresh_token');
  if (!value) return oauthError('invalid_request', 'refresh_token is missing');
  const refresh = context.tokens.findValid(value, 'refresh', 'rfc8628');
  if (!refresh || refresh.clientId !== client.clientId) {
    return oauthError('invalid_grant', 'refresh_token is invalid, revoked or already used');
  }

  // RFC 6749 §6: a narrower scope may be asked for, never a wider one.
  const asked = splitScopes(form.get('scope'), ' ');
  if (asked.some((scope) => !refresh.scopes.includes(scope))) {
    return oauthError('invalid_scope', 'scope exceeds the originally granted scope');
  }

  const rotate = context.options.rfc8628.refreshTokenRotation;
  if (rotate) refresh.revoked = true;
  return tokenResponse(
    context,
    {
      clientId: refresh.clientId,
      user: refresh.user,
      scopes: asked.length > 0 ? asked : refresh.scopes,
      familyId: refresh.familyId,
    },
    rotate ? undefined : refresh.value,
  );
}
