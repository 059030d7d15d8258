import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { MICROSOFT_PATHS } from './microsoft-client.js';

/**
 * `GET https://graph.microsoft.com/v1.0/me`: the signed-in user, `mail` only when the user has
 * a mailbox address. Graph errors are `{ error: { code, message } }`.
 * @see https://learn.microsoft.com/graph/api/user-get
 */
export function microsoftGraphRoute(context: EmulatorContext): Route {
  return {
    method: 'GET',
    path: new RegExp(`^${MICROSOFT_PATHS.graph}/v1\\.0/me$`),
    handle(request) {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const token = match?.[1]
        ? context.tokens.findValid(match[1], 'access', 'microsoft')
        : undefined;
      if (!token) {
        return jsonResponse(401, {
          error: {
            code: 'InvalidAuthenticationToken',
            message: 'Access token is empty or invalid.',
          },
        });
      }
      const { user } = token;
      const [given, ...family] = user.name.split(' ');
      return jsonResponse(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
        id: user.id,
        displayName: user.name,
        givenName: given ?? null,
        surname: family.length > 0 ? family.join(' ') : null,
        mail: user.email ?? null,
        userPrincipalName: user.email ?? `${user.id}@example.onmicrosoft.com`,
      });
    },
  };
}
