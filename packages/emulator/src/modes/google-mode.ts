import type { EmulatorMode, ModeFactory } from '../models/emulator-mode.js';
import { googleOAuthRoutes } from './google/google-oauth-routes.js';
import { googleUserinfoRoute } from './google/google-userinfo-route.js';

/**
 * Google's "OAuth 2.0 for TV and Limited-Input Device Applications" under `/google`:
 * `verification_url`, pending as 428, slow_down and access_denied as 403, a scope allow-list,
 * a client secret required at the token endpoint, refresh without rotation.
 */
export const createGoogleMode: ModeFactory = (context): EmulatorMode => ({
  flavor: 'google',
  routes: [...googleOAuthRoutes(context), googleUserinfoRoute(context)],
});
