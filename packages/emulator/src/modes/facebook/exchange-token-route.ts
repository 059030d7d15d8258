import { safeEqual } from '../../calculations/safe-equal.js';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { ACCESS_TOKEN_PREFIX, EXCHANGED_TOKEN_EXPIRES_IN } from './facebook-tokens.js';
import { graphError, INVALID_ACCESS_TOKEN, invalidParameter } from './graph-error.js';
import { graphParams, graphPath } from './graph-request.js';

/**
 * `GET /graph/vN/oauth/access_token?grant_type=fb_exchange_token&...`: trades a user token for
 * a long-lived one. Needs the app secret, so only a server may call it.
 * @see https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived
 */
export function exchangeTokenRoute(context: EmulatorContext): Route {
  const { facebook } = context.options;
  return {
    method: 'GET',
    path: graphPath('oauth/access_token'),
    handle(request) {
      const params = graphParams(request);
      for (const name of ['grant_type', 'client_id', 'client_secret', 'fb_exchange_token']) {
        if (!params.get(name)) return graphError(invalidParameter(`Missing ${name} parameter.`));
      }
      if (params.get('grant_type') !== 'fb_exchange_token') {
        return graphError(invalidParameter('Unsupported grant_type.'));
      }
      if (params.get('client_id') !== facebook.appId) {
        return graphError({
          message: 'Error validating application. Invalid application ID.',
          code: 101,
        });
      }
      if (!safeEqual(params.get('client_secret') ?? '', facebook.appSecret)) {
        return graphError({ message: 'Error validating client secret.', code: 1 });
      }
      const old = context.tokens.findValid(
        params.get('fb_exchange_token') ?? '',
        'access',
        'facebook',
      );
      if (!old) return graphError(INVALID_ACCESS_TOKEN);

      const subject = {
        flavor: old.flavor,
        clientId: old.clientId,
        user: old.user,
        scopes: old.scopes,
        familyId: old.familyId,
      };
      const token = context.tokens.issue(
        'access',
        subject,
        EXCHANGED_TOKEN_EXPIRES_IN,
        ACCESS_TOKEN_PREFIX,
      );
      return jsonResponse(200, {
        access_token: token.value,
        token_type: 'bearer',
        expires_in: EXCHANGED_TOKEN_EXPIRES_IN,
      });
    },
  };
}
