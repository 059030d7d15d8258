import { splitScopes } from '../../calculations/split-scopes.js';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { authenticateClient } from './authenticate-client.js';
import { oauthError } from './oauth-error.js';
import { requireForm } from './require-form.js';
import { DEFAULT_SCOPES, RFC8628_PATHS } from './rfc8628-paths.js';

/**
 * `POST /oauth/device_authorization`: the device authorization request and response.
 * @see RFC 8628 §3.1, §3.2
 */
export function deviceAuthorizationRoute(context: EmulatorContext): Route {
  return {
    method: 'POST',
    path: new RegExp(`^${RFC8628_PATHS.deviceAuthorization}$`),
    handle(request) {
      const form = requireForm(request);
      if (!form) {
        return oauthError('invalid_request', 'body must be application/x-www-form-urlencoded');
      }
      const client = authenticateClient(request, form, context.options.rfc8628);
      if (!client.ok) return client.response;

      const requested = splitScopes(form.get('scope'), ' ');
      const scopes = requested.length > 0 ? requested : DEFAULT_SCOPES;
      const grant = context.grants.issue('rfc8628', client.clientId, scopes);
      const verificationUri = `${context.url}/device`;
      const query = new URLSearchParams({ user_code: grant.userCode });
      return jsonResponse(200, {
        device_code: grant.deviceCode,
        user_code: grant.userCode,
        verification_uri: verificationUri,
        verification_uri_complete: `${verificationUri}?${query}`,
        expires_in: Math.round((grant.expiresAt - grant.issuedAt) / 1000),
        interval: grant.interval,
      });
    },
  };
}
