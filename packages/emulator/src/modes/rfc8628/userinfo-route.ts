import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { EmulatorRequest, Route } from '../../models/route.js';
import { oauthError } from './oauth-error.js';
import { RFC8628_PATHS } from './rfc8628-paths.js';

/**
 * `GET` (and `POST`) `/oauth/userinfo`: who the bearer of an access token is, as OpenID
 * Connect Core §5.3 shapes it.
 * @see RFC 6750 §2.1, §3
 */
export function userinfoRoutes(context: EmulatorContext): Route[] {
  const handle = (request: EmulatorRequest) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      // RFC 6750 §3.1: a request without credentials gets the challenge and no error code.
      return jsonResponse(401, {}, { 'www-authenticate': 'Bearer realm="botlogin-emulator"' });
    }
    const token = context.tokens.findValid(match[1], 'access', 'rfc8628');
    if (!token) return oauthError('invalid_token', 'the access token is invalid or expired');

    const { user } = token;
    return jsonResponse(200, {
      sub: user.id,
      name: user.name,
      ...(user.email === undefined ? {} : { email: user.email }),
      picture: user.avatarUrl ?? `${context.url}/avatar.svg`,
    });
  };
  const path = new RegExp(`^${RFC8628_PATHS.userinfo}$`);
  return [
    { method: 'GET', path, handle },
    { method: 'POST', path, handle },
  ];
}
