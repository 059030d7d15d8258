import type { EmulatorUser } from './emulator-user.js';

/** Settings of the Facebook "Login for Devices" side. */
export interface FacebookOptions {
  /** @defaultValue `'1234567890'` */
  appId?: string;
  /**
   * Sent by clients as `access_token=APP_ID|CLIENT_TOKEN`.
   * @defaultValue `'emulator-client-token'`
   */
  clientToken?: string;
  /** Only used by the long-lived token exchange. @defaultValue `'emulator-app-secret'` */
  appSecret?: string;
  /** Lifetime of a user code in seconds. @defaultValue `420` */
  expiresIn?: number;
  /** Polling interval in seconds. @defaultValue `5` */
  interval?: number;
}

/** Settings of the RFC 8628 side. */
export interface Rfc8628Options {
  /** @defaultValue `'botlogin-playground'` */
  clientId?: string;
  /** When set, clients must authenticate with it (`client_secret_basic` or `_post`). */
  clientSecret?: string;
  /** Lifetime of a device code in seconds. @defaultValue `900` */
  expiresIn?: number;
  /** Polling interval in seconds. @defaultValue `5` */
  interval?: number;
  /** Issue a new refresh token on every refresh and retire the old one. @defaultValue `true` */
  refreshTokenRotation?: boolean;
  /** Access token lifetime in seconds. @defaultValue `3600` */
  accessTokenTtl?: number;
}

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** Loopback address to listen on. @defaultValue `'127.0.0.1'` */
  host?: string;
  /** Allow `host` to be something other than a loopback address. @defaultValue `false` */
  allowNonLoopback?: boolean;
  /** Port to listen on; `0` picks a free one. @defaultValue `0` */
  port?: number;
  /** Shown on the consent page. @defaultValue `'Botlogin Playground'` */
  appName?: string;
  facebook?: FacebookOptions;
  rfc8628?: Rfc8628Options;
  /**
   * Who approves by default.
   * @defaultValue `{ id: '10000001', name: 'Ada Lovelace', email: 'ada@example.test' }`
   */
  user?: EmulatorUser;
  /**
   * Answer `slow_down` to a poll sent earlier than the code's interval after the previous poll
   * (or after the code was issued). @defaultValue `true`
   */
  enforceInterval?: boolean;
  /** Clock in epoch milliseconds, for tests. @defaultValue `Date.now` */
  now?: () => number;
  /**
   * Receives one line per request: method, path without query string, status. Never carries a
   * token, code or secret. @defaultValue no logging
   */
  log?: (line: string) => void;
}
