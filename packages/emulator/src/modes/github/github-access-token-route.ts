import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { PollAnswer } from '../../models/poll-log-entry.js';
import type { Route } from '../../models/route.js';
import { githubAnswer, githubError } from './github-answer.js';
import { GITHUB_CLIENT, GITHUB_PATHS } from './github-client.js';

const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';
/** GitHub adds 5 s per `slow_down`, and says the new interval in the body. */
const SLOW_DOWN_INCREMENT = 5;

/**
 * `POST https://github.com/login/oauth/access_token` with the device code grant. Every answer is
 * HTTP 200; errors carry `error`. Success has `token_type: bearer` and a comma-separated
 * `scope`; OAuth app tokens do not expire and come without a refresh token.
 * @see https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#error-codes-for-the-device-flow
 */
export function githubAccessTokenRoute(context: EmulatorContext): Route {
  return {
    method: 'POST',
    path: new RegExp(`^${GITHUB_PATHS.web}/login/oauth/access_token$`),
    handle(request) {
      const form = request.body.kind === 'form' ? request.body.params : request.query;
      const deviceCode = form.get('device_code') ?? '';
      const grant = context.grants.findByDeviceCode('github', deviceCode);
      const log = (answer: PollAnswer) => grant && context.grants.record(grant, answer);

      if (form.get('client_id') !== GITHUB_CLIENT.clientId) {
        log('invalid_client');
        return githubError(request, 'incorrect_client_credentials', 'The client_id is invalid.');
      }
      if (form.get('grant_type') !== DEVICE_CODE_GRANT_TYPE) {
        return githubError(request, 'unsupported_grant_type', 'The grant type is not supported.');
      }
      if (!grant) {
        return githubError(request, 'incorrect_device_code', 'The device_code is not valid.');
      }
      const outcome = context.grants.poll(grant, SLOW_DOWN_INCREMENT);
      switch (outcome.kind) {
        case 'pending':
          log('authorization_pending');
          return githubError(request, 'authorization_pending', 'The user has not yet decided.');
        case 'slow_down':
          log('slow_down');
          return githubError(request, 'slow_down', 'Too many requests have been made.', {
            interval: grant.interval,
          });
        case 'denied':
          log('access_denied');
          return githubError(request, 'access_denied', 'The authorization request was denied.');
        case 'expired':
          log('expired_token');
          return githubError(request, 'expired_token', 'The device_code has expired.');
        case 'consumed':
          log('invalid_grant');
          return githubError(request, 'incorrect_device_code', 'The device_code is not valid.');
        case 'approved': {
          log('access_token');
          const token = context.tokens.issue(
            'access',
            {
              flavor: 'github',
              clientId: grant.clientId,
              user: outcome.user,
              scopes: grant.scopes,
              familyId: randomUUID(),
            },
            undefined,
            'gho_',
          );
          return githubAnswer(request, {
            access_token: token.value,
            token_type: 'bearer',
            scope: grant.scopes.join(','),
          });
        }
      }
    },
  };
}
