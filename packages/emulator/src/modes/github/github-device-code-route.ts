import { splitScopes } from '../../calculations/split-scopes.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { Route } from '../../models/route.js';
import { githubAnswer, githubError } from './github-answer.js';
import { GITHUB_CLIENT, GITHUB_DEFAULT_SCOPES, GITHUB_PATHS } from './github-client.js';

/**
 * `POST https://github.com/login/device/code`: `client_id` and space-delimited `scope`. No
 * `verification_uri_complete`.
 * @see https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#step-1-app-requests-the-device-and-user-verification-codes-from-github
 */
export function githubDeviceCodeRoute(context: EmulatorContext): Route {
  return {
    method: 'POST',
    path: new RegExp(`^${GITHUB_PATHS.web}/login/device/code$`),
    handle(request) {
      const form = request.body.kind === 'form' ? request.body.params : request.query;
      if (form.get('client_id') !== GITHUB_CLIENT.clientId) {
        return githubError(request, 'incorrect_client_credentials', 'The client_id is invalid.');
      }
      const asked = splitScopes(form.get('scope'), ' ');
      const scopes = asked.length > 0 ? asked : GITHUB_DEFAULT_SCOPES;
      const grant = context.grants.issue('github', GITHUB_CLIENT.clientId, scopes);
      return githubAnswer(request, {
        device_code: grant.deviceCode,
        user_code: grant.userCode,
        verification_uri: `${context.url}/device`,
        expires_in: Math.round((grant.expiresAt - grant.issuedAt) / 1000),
        interval: grant.interval,
      });
    },
  };
}
