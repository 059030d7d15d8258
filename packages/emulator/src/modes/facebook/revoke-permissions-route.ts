import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { graphError, INVALID_ACCESS_TOKEN } from './graph-error.js';
import { graphPath, userAccessToken } from './graph-request.js';

/**
 * `DELETE /graph/vN/me/permissions`: the user de-authorizes the app. Every token of that login
 * (including exchanged long-lived ones) stops working.
 * @see https://developers.facebook.com/docs/facebook-login/guides/permissions/request-revoke
 */
export function revokePermissionsRoute(context: EmulatorContext): Route {
  return {
    method: 'DELETE',
    path: graphPath('me/permissions'),
    handle(request) {
      const value = userAccessToken(request);
      const token = value && context.tokens.findValid(value, 'access', 'facebook');
      if (!token) return graphError(INVALID_ACCESS_TOKEN);
      context.tokens.revokeFamily(token.familyId);
      return jsonResponse(200, { success: true });
    },
  };
}
