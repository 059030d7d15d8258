import type { EmulatorMode, ModeFactory } from '../models/emulator-mode.js';
import { githubAccessTokenRoute } from './github/github-access-token-route.js';
import { githubDeviceCodeRoute } from './github/github-device-code-route.js';
import { githubUserRoutes } from './github/github-user-routes.js';

/**
 * GitHub's device flow under `/github` (for `github.com`) and `/github/api` (for
 * `api.github.com`): form-encoded answers unless JSON is asked for, every error under HTTP 200,
 * `slow_down` carrying the new interval, comma-separated scopes, tokens without expiry.
 */
export const createGithubMode: ModeFactory = (context): EmulatorMode => ({
  flavor: 'github',
  routes: [
    githubDeviceCodeRoute(context),
    githubAccessTokenRoute(context),
    ...githubUserRoutes(context),
  ],
});
