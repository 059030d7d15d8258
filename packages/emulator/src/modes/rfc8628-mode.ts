import type { EmulatorMode, ModeFactory } from '../models/emulator-mode.js';
import { deviceAuthorizationRoute } from './rfc8628/device-authorization-route.js';
import { metadataRoute } from './rfc8628/metadata-route.js';
import { revocationRoute } from './rfc8628/revocation-route.js';
import { tokenRoute } from './rfc8628/token-route.js';
import { userinfoRoutes } from './rfc8628/userinfo-route.js';

/**
 * The standard shape: RFC 8628 device authorization, RFC 6749 JSON errors under HTTP 400,
 * refresh tokens, RFC 7009 revocation and RFC 8414 metadata.
 */
export const createRfc8628Mode: ModeFactory = (context): EmulatorMode => ({
  flavor: 'rfc8628',
  routes: [
    deviceAuthorizationRoute(context),
    tokenRoute(context),
    ...userinfoRoutes(context),
    revocationRoute(context),
    metadataRoute(context),
  ],
});
