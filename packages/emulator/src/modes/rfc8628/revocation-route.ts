import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { authenticateClient } from './authenticate-client.js';
import { oauthError } from './oauth-error.js';
import { requireForm } from './require-form.js';
import { RFC8628_PATHS } from './rfc8628-paths.js';

/**
 * `POST /oauth/revoke`: token revocation. Unknown, expired and already revoked tokens answer
 * 200 like valid ones, so the endpoint reveals nothing about a token.
 * @see RFC 7009 §2.1, §2.2
 */
export function revocationRoute(context: EmulatorContext): Route {
  return {
    method: 'POST',
    path: new RegExp(`^${RFC8628_PATHS.revocation}$`),
    handle(request) {
      const form = requireForm(request);
      if (!form) {
        return oauthError('invalid_request', 'body must be application/x-www-form-urlencoded');
      }
      const client = authenticateClient(request, form, context.options.rfc8628);
      if (!client.ok) return client.response;

      const token = form.get('token');
      if (!token) return oauthError('invalid_request', 'token is missing');
      context.tokens.revoke(token, 'rfc8628');
      return { status: 200, headers: { 'cache-control': 'no-store' }, body: '' };
    },
  };
}
