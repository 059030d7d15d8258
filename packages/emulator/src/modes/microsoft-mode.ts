import type { EmulatorMode, ModeFactory } from '../models/emulator-mode.js';
import { microsoftGraphRoute } from './microsoft/microsoft-graph-route.js';
import { microsoftOAuthRoutes } from './microsoft/microsoft-oauth-routes.js';

/**
 * Microsoft Entra ID v2.0 under `/microsoft/{tenant}/oauth2/v2.0/` and Microsoft Graph under
 * `/microsoft/graph`: `message` with the instructions, `authorization_declined`,
 * `bad_verification_code`, AADSTS-numbered descriptions, rotated refresh tokens.
 */
export const createMicrosoftMode: ModeFactory = (context): EmulatorMode => ({
  flavor: 'microsoft',
  routes: [...microsoftOAuthRoutes(context), microsoftGraphRoute(context)],
});
