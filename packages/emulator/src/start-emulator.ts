import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSeconds, resolveOptions } from './calculations/resolve-options.js';
import { createRequestHandler } from './http/create-request-handler.js';
import type { Emulator } from './models/emulator.js';
import type { EmulatorContext } from './models/emulator-context.js';
import type { EmulatorOptions } from './models/emulator-options.js';
import { ALL_MODES } from './modes/all-modes.js';
import { GITHUB_CLIENT, GITHUB_PATHS } from './modes/github/github-client.js';
import { GOOGLE_CLIENT, GOOGLE_PATHS } from './modes/google/google-client.js';
import { MICROSOFT_CLIENT, MICROSOFT_PATHS } from './modes/microsoft/microsoft-client.js';
import { RFC8628_PATHS } from './modes/rfc8628/rfc8628-paths.js';
import { verificationRoutes } from './pages/verification-routes.js';
import { DeviceGrantStore } from './services/device-grant-store.js';
import { TokenStore } from './services/token-store.js';

/**
 * Starts a local device-authorization server speaking Facebook's "Login for Devices",
 * RFC 8628 and the GitHub, Google and Entra ID shapes, with a verification page and controls to play the user's part in tests.
 * @param options - see {@link EmulatorOptions}; every field has a default
 * @returns the running emulator; call `close()` when done
 * @throws Error when `host` is not a loopback address (unless `allowNonLoopback`), an option
 * is out of range, or the port cannot be bound
 * @see RFC 8628, https://developers.facebook.com/docs/facebook-login/for-devices
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const resolved = resolveOptions(options);
  // Providers keep idle connections open well past a poll interval; Node's default of 5 s
  // (exactly the usual interval) would close each one just before its next poll.
  const server = createServer();
  server.keepAliveTimeout = 120_000;
  await listen(server, resolved.host, resolved.port);

  const url = baseUrl(resolved.host, (server.address() as AddressInfo).port);
  const context: EmulatorContext = {
    options: resolved,
    grants: new DeviceGrantStore(resolved),
    tokens: new TokenStore(resolved),
    url,
  };
  const routes = [
    ...ALL_MODES.flatMap((createMode) => createMode(context).routes),
    ...verificationRoutes(context),
  ];
  server.on('request', createRequestHandler(routes, resolved.log));

  const { grants } = context;
  return {
    url,
    graphUrl: `${url}/graph`,
    verificationUri: `${url}/device`,
    issuer: url,
    endpoints: {
      deviceAuthorization: `${url}${RFC8628_PATHS.deviceAuthorization}`,
      token: `${url}${RFC8628_PATHS.token}`,
      userinfo: `${url}${RFC8628_PATHS.userinfo}`,
      revocation: `${url}${RFC8628_PATHS.revocation}`,
    },
    facebook: { ...resolved.facebook },
    rfc8628: {
      clientId: resolved.rfc8628.clientId,
      ...(resolved.rfc8628.clientSecret === undefined
        ? {}
        : { clientSecret: resolved.rfc8628.clientSecret }),
    },
    github: {
      ...GITHUB_CLIENT,
      webUrl: `${url}${GITHUB_PATHS.web}`,
      apiUrl: `${url}${GITHUB_PATHS.api}`,
    },
    google: {
      ...GOOGLE_CLIENT,
      oauthUrl: `${url}${GOOGLE_PATHS.base}`,
      openidUrl: `${url}${GOOGLE_PATHS.base}`,
    },
    microsoft: {
      ...MICROSOFT_CLIENT,
      authorityUrl: `${url}${MICROSOFT_PATHS.authority}`,
      graphUrl: `${url}${MICROSOFT_PATHS.graph}`,
    },
    listPending: () => grants.list(),
    approve: (userCode, user) => grants.approve(userCode, { ...resolved.user, ...user }),
    deny: (userCode) => grants.deny(userCode),
    expire: (userCode) => grants.expire(userCode),
    setInterval: (userCode, seconds) =>
      grants.setInterval(userCode, checkSeconds('interval', seconds)),
    setDefaults(flavor, values) {
      const defaults = resolved.codeDefaults[flavor];
      if (values.expiresIn !== undefined) {
        defaults.expiresIn = checkSeconds('expiresIn', values.expiresIn);
      }
      if (values.interval !== undefined) {
        defaults.interval = checkSeconds('interval', values.interval);
      }
    },
    pollLog: (userCode) => grants.pollLog(userCode),
    close: () => close(server),
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets of finished tests would otherwise hold `close()` open.
    server.closeAllConnections();
  });
}

function baseUrl(host: string, port: number): string {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare.includes(':') ? `http://[${bare}]:${port}` : `http://${bare}:${port}`;
}
