import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { DEFAULT_SCOPES, DEVICE_CODE_GRANT_TYPE, RFC8628_PATHS } from './rfc8628-paths.js';

/**
 * The authorization server metadata document, served at both well-known names (RFC 8414 §3
 * and OpenID Connect Discovery §4) since clients look in either place.
 * @see RFC 8414 §2, RFC 8628 §4
 */
export function metadataRoute(context: EmulatorContext): Route {
  const authMethods = context.options.rfc8628.clientSecret
    ? ['client_secret_basic', 'client_secret_post']
    : ['none'];
  return {
    method: 'GET',
    path: /^\/\.well-known\/(oauth-authorization-server|openid-configuration)$/,
    handle() {
      const base = context.url;
      return jsonResponse(200, {
        issuer: base,
        device_authorization_endpoint: `${base}${RFC8628_PATHS.deviceAuthorization}`,
        token_endpoint: `${base}${RFC8628_PATHS.token}`,
        userinfo_endpoint: `${base}${RFC8628_PATHS.userinfo}`,
        revocation_endpoint: `${base}${RFC8628_PATHS.revocation}`,
        grant_types_supported: [DEVICE_CODE_GRANT_TYPE, 'refresh_token'],
        response_types_supported: [],
        scopes_supported: DEFAULT_SCOPES,
        token_endpoint_auth_methods_supported: authMethods,
        revocation_endpoint_auth_methods_supported: authMethods,
      });
    },
  };
}
