import { randomUUID } from 'node:crypto';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { PollAnswer } from '../../models/poll-log-entry.js';
import type { Route } from '../../models/route.js';
import {
  ACCESS_TOKEN_PREFIX,
  DATA_ACCESS_WINDOW_SECONDS,
  DEVICE_TOKEN_EXPIRES_IN,
} from './facebook-tokens.js';
import {
  CLIENT_TOKEN_REQUIRED,
  type GraphErrorFields,
  graphError,
  invalidParameter,
} from './graph-error.js';
import { graphParams, graphPath, isClientAccessToken } from './graph-request.js';
import {
  AUTHORIZATION_PENDING,
  CODE_EXPIRED,
  EXCESSIVE_POLLING,
  LOGIN_DECLINED,
} from './login-status-errors.js';

/**
 * Facebook's SDK polls again at the same interval after 1349172, so the emulator does not
 * lengthen it; a client that adds 5 s as for RFC 8628 `slow_down` still polls slowly enough.
 */
const EXCESSIVE_POLLING_INCREMENT = 0;

/**
 * `POST /graph/vN/device/login_status`: one poll. Success is a long-lived token with no
 * `token_type`, `refresh_token` or `scope`; a used code answers 1349152 like an expired one.
 * @see https://developers.facebook.com/docs/facebook-login/for-devices
 */
export function loginStatusRoute(context: EmulatorContext): Route {
  const { facebook } = context.options;
  return {
    method: 'POST',
    path: graphPath('device/login_status'),
    handle(request) {
      const params = graphParams(request);
      const code = params.get('code');
      const grant = code ? context.grants.findByDeviceCode('facebook', code) : undefined;
      if (!isClientAccessToken(params.get('access_token'), facebook)) {
        if (grant) context.grants.record(grant, 'invalid_client');
        return graphError(CLIENT_TOKEN_REQUIRED);
      }
      if (!code) return graphError(invalidParameter('The parameter code is required'));
      if (!grant) return graphError(invalidParameter('Invalid device login code'));

      const fail = (fields: GraphErrorFields, answer: PollAnswer) => {
        context.grants.record(grant, answer);
        return graphError(fields);
      };
      const outcome = context.grants.poll(grant, EXCESSIVE_POLLING_INCREMENT);
      switch (outcome.kind) {
        case 'pending':
          return fail(AUTHORIZATION_PENDING, 'authorization_pending');
        case 'slow_down':
          return fail(EXCESSIVE_POLLING, 'slow_down');
        case 'denied':
          return fail(LOGIN_DECLINED, 'access_denied');
        case 'expired':
        case 'consumed':
          return fail(CODE_EXPIRED, 'expired_token');
        case 'approved': {
          context.grants.record(grant, 'access_token');
          const subject = {
            flavor: 'facebook' as const,
            clientId: grant.clientId,
            user: outcome.user,
            scopes: grant.scopes,
            familyId: randomUUID(),
          };
          const token = context.tokens.issue(
            'access',
            subject,
            DEVICE_TOKEN_EXPIRES_IN,
            ACCESS_TOKEN_PREFIX,
          );
          const nowSeconds = Math.floor(context.options.now() / 1000);
          return jsonResponse(200, {
            access_token: token.value,
            expires_in: DEVICE_TOKEN_EXPIRES_IN,
            data_access_expiration_time: nowSeconds + DATA_ACCESS_WINDOW_SECONDS,
          });
        }
      }
    },
  };
}
