import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { deviceCodeGrant } from './device-code-grant.js';
import { oauthError } from './oauth-error.js';
import { refreshTokenGrant } from './refresh-token-grant.js';
import { requireForm } from './require-form.js';
import { DEVICE_CODE_GRANT_TYPE, RFC8628_PATHS } from './rfc8628-paths.js';

/**
 * `POST /oauth/token`: the device code grant and the refresh token grant.
 * @see RFC 8628 §3.4, RFC 6749 §5, §6
 */
export function tokenRoute(context: EmulatorContext): Route {
  return {
    method: 'POST',
    path: new RegExp(`^${RFC8628_PATHS.token}$`),
    handle(request) {
      const form = requireForm(request);
      if (!form) {
        return oauthError('invalid_request', 'body must be application/x-www-form-urlencoded');
      }
      const grantType = form.get('grant_type');
      if (!grantType) return oauthError('invalid_request', 'grant_type is missing');
      if (grantType === DEVICE_CODE_GRANT_TYPE) return deviceCodeGrant(context, request, form);
      if (grantType === 'refresh_token') return refreshTokenGrant(context, request, form);
      return oauthError('unsupported_grant_type', 'grant_type is not supported');
    },
  };
}
