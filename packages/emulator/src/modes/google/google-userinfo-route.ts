import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { GOOGLE_PATHS } from './google-client.js';
import { googleError } from './google-error.js';

/**
 * `GET https://openidconnect.googleapis.com/v1/userinfo`: the OpenID claims the granted scopes
 * allow (`profile`: name and picture; `email`: email and `email_verified`).
 * @see https://developers.google.com/identity/openid-connect/openid-connect#obtainuserinfo
 */
export function googleUserinfoRoute(context: EmulatorContext): Route {
  return {
    method: 'GET',
    path: new RegExp(`^${GOOGLE_PATHS.userinfo}$`),
    handle(request) {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const token = match?.[1] ? context.tokens.findValid(match[1], 'access', 'google') : undefined;
      if (!token) return googleError('invalid_token', 'Invalid Credentials');
      const { user, scopes } = token;
      const has = (name: string) =>
        scopes.includes(name) ||
        scopes.includes(`https://www.googleapis.com/auth/userinfo.${name}`);
      const [given, ...family] = user.name.split(' ');
      return jsonResponse(200, {
        sub: user.id,
        ...(has('profile')
          ? {
              name: user.name,
              given_name: given,
              ...(family.length > 0 ? { family_name: family.join(' ') } : {}),
              picture: user.avatarUrl ?? `${context.url}/avatar.svg`,
            }
          : {}),
        ...(has('email') && user.email !== undefined
          ? { email: user.email, email_verified: true }
          : {}),
      });
    },
  };
}
