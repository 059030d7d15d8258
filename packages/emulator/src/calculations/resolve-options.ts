import type { EmulatorOptions } from '../models/emulator-options.js';
import type { ResolvedOptions } from '../models/resolved-options.js';
import { isLoopbackHost } from './is-loopback-host.js';

/** Lifetime of Facebook's captured sample; RFC 8628 servers commonly use 900. */
const FACEBOOK_EXPIRES_IN = 420;
const RFC8628_EXPIRES_IN = 900;
/** Documented lifetimes: GitHub and Entra ID 900 s, Google 1800 s. */
const GITHUB_EXPIRES_IN = 900;
const GOOGLE_EXPIRES_IN = 1800;
const MICROSOFT_EXPIRES_IN = 900;
/** RFC 8628 §3.2: clients default to 5 s when `interval` is absent; Facebook sends 5 too. */
const DEFAULT_INTERVAL = 5;

/**
 * Fills in every default of {@link EmulatorOptions}.
 * @throws Error when `host` is not a loopback address and `allowNonLoopback` is not set, or
 * when a lifetime or interval is not a non-negative number
 */
export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  const host = options.host ?? '127.0.0.1';
  if (!options.allowNonLoopback && !isLoopbackHost(host)) {
    throw new Error(
      `@botlogin/emulator: refusing to listen on non-loopback host "${host}"; ` +
        'pass allowNonLoopback: true if you really mean it',
    );
  }

  const facebook = options.facebook ?? {};
  const rfc8628 = options.rfc8628 ?? {};
  return {
    host,
    port: options.port ?? 0,
    appName: options.appName ?? 'Botlogin Playground',
    facebook: {
      appId: facebook.appId ?? '1234567890',
      clientToken: facebook.clientToken ?? 'emulator-client-token',
      appSecret: facebook.appSecret ?? 'emulator-app-secret',
    },
    rfc8628: {
      clientId: rfc8628.clientId ?? 'botlogin-playground',
      clientSecret: rfc8628.clientSecret,
      refreshTokenRotation: rfc8628.refreshTokenRotation ?? true,
      accessTokenTtl: checkSeconds('rfc8628.accessTokenTtl', rfc8628.accessTokenTtl ?? 3600),
    },
    codeDefaults: {
      facebook: {
        expiresIn: checkSeconds('facebook.expiresIn', facebook.expiresIn ?? FACEBOOK_EXPIRES_IN),
        interval: checkSeconds('facebook.interval', facebook.interval ?? DEFAULT_INTERVAL),
      },
      rfc8628: {
        expiresIn: checkSeconds('rfc8628.expiresIn', rfc8628.expiresIn ?? RFC8628_EXPIRES_IN),
        interval: checkSeconds('rfc8628.interval', rfc8628.interval ?? DEFAULT_INTERVAL),
      },
      github: { expiresIn: GITHUB_EXPIRES_IN, interval: DEFAULT_INTERVAL },
      google: { expiresIn: GOOGLE_EXPIRES_IN, interval: DEFAULT_INTERVAL },
      microsoft: { expiresIn: MICROSOFT_EXPIRES_IN, interval: DEFAULT_INTERVAL },
    },
    user: options.user ?? { id: '10000001', name: 'Ada Lovelace', email: 'ada@example.test' },
    enforceInterval: options.enforceInterval ?? true,
    now: options.now ?? Date.now,
    log: options.log,
  };
}

/**
 * Validates a duration in seconds.
 * @throws Error naming `what` when `seconds` is negative or not finite
 */
export function checkSeconds(what: string, seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`@botlogin/emulator: ${what} must be a non-negative number of seconds`);
  }
  return seconds;
}
