import { splitScopes } from '../../calculations/split-scopes.js';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { CLIENT_TOKEN_REQUIRED, graphError } from './graph-error.js';
import { graphParams, graphPath, isClientAccessToken } from './graph-request.js';

/** Facebook grants `public_profile` to every login; it stands in when no scope is asked. */
const DEFAULT_PERMISSIONS = ['public_profile'];

/**
 * `POST /graph/vN/device/login`: starts a login. Answers `code` (the device code under
 * Facebook's name) and no `verification_uri_complete`.
 * @see https://developers.facebook.com/docs/facebook-login/for-devices
 */
export function deviceLoginRoute(context: EmulatorContext): Route {
  const { facebook } = context.options;
  return {
    method: 'POST',
    path: graphPath('device/login'),
    handle(request) {
      const params = graphParams(request);
      if (!isClientAccessToken(params.get('access_token'), facebook)) {
        return graphError(CLIENT_TOKEN_REQUIRED);
      }

      const requested = splitScopes(params.get('scope'), ',');
      const scopes = requested.length > 0 ? requested : DEFAULT_PERMISSIONS;
      const grant = context.grants.issue('facebook', facebook.appId, scopes);
      return jsonResponse(200, {
        code: grant.deviceCode,
        user_code: grant.userCode,
        verification_uri: `${context.url}/device`,
        expires_in: Math.round((grant.expiresAt - grant.issuedAt) / 1000),
        interval: grant.interval,
      });
    },
  };
}
