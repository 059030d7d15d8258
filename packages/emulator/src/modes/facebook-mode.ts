import type { EmulatorMode, ModeFactory } from '../models/emulator-mode.js';
import { deviceLoginRoute } from './facebook/device-login-route.js';
import { exchangeTokenRoute } from './facebook/exchange-token-route.js';
import { loginStatusRoute } from './facebook/login-status-route.js';
import { meRoute } from './facebook/me-route.js';
import { revokePermissionsRoute } from './facebook/revoke-permissions-route.js';

/**
 * Facebook "Login for Devices" under `/graph/vN/`: its own endpoints and parameter names,
 * Graph error envelopes with numeric subcodes, long-lived tokens without refresh.
 */
export const createFacebookMode: ModeFactory = (context): EmulatorMode => ({
  flavor: 'facebook',
  routes: [
    deviceLoginRoute(context),
    loginStatusRoute(context),
    meRoute(context),
    revokePermissionsRoute(context),
    exchangeTokenRoute(context),
  ],
});
