import type { EmulatorUser } from './emulator-user.js';
import type { Flavor } from './flavor.js';
import type { PendingCode } from './pending-code.js';
import type { PollLogEntry } from './poll-log-entry.js';

/** Absolute URLs of the RFC 8628 side, as also listed in its RFC 8414 metadata. */
export interface EmulatorEndpoints {
  deviceAuthorization: string;
  token: string;
  userinfo: string;
  revocation: string;
}

/** A running emulator and the controls tests use to play the user's part. */
export interface Emulator {
  /** Base URL, e.g. `http://127.0.0.1:53124`. */
  readonly url: string;
  /** Graph API root; any version prefix is accepted (`${graphUrl}/v21.0/device/login`). */
  readonly graphUrl: string;
  /** The page where users enter their code: `${url}/device`. */
  readonly verificationUri: string;
  /** RFC 8414 issuer of the RFC 8628 side (equal to `url`). */
  readonly issuer: string;
  readonly endpoints: EmulatorEndpoints;
  readonly facebook: { appId: string; clientToken: string; appSecret: string };
  readonly rfc8628: { clientId: string; clientSecret?: string };
  /** GitHub's OAuth app; `webUrl` stands for `https://github.com`, `apiUrl` for the REST API. */
  readonly github: { clientId: string; clientSecret: string; webUrl: string; apiUrl: string };
  /**
   * Google's device client; `oauthUrl` stands for `https://oauth2.googleapis.com`, `openidUrl`
   * for `https://openidconnect.googleapis.com`.
   */
  readonly google: { clientId: string; clientSecret: string; oauthUrl: string; openidUrl: string };
  /**
   * Entra ID's app; `authorityUrl` stands for `https://login.microsoftonline.com` (any tenant
   * segment follows it), `graphUrl` for `https://graph.microsoft.com`.
   */
  readonly microsoft: { clientId: string; authorityUrl: string; graphUrl: string };
  /** Every code issued so far, in issue order, with its current status. */
  listPending(): PendingCode[];
  /**
   * Approves a code as if the user had pressed "Approve".
   * @param user - overrides fields of the default user
   * @throws Error when the code is unknown or no longer pending
   */
  approve(userCode: string, user?: Partial<EmulatorUser>): void;
  /** @throws Error when the code is unknown or no longer pending */
  deny(userCode: string): void;
  /** Ends a code's lifetime now. @throws Error when the code is unknown or consumed */
  expire(userCode: string): void;
  /** Changes the polling interval (seconds) of one code. @throws Error for unknown codes */
  setInterval(userCode: string, seconds: number): void;
  /** Changes lifetime and interval of codes issued from now on. */
  setDefaults(flavor: Flavor, values: { expiresIn?: number; interval?: number }): void;
  /**
   * Every token-endpoint poll for that code with what was answered.
   * @throws Error for unknown codes
   */
  pollLog(userCode: string): PollLogEntry[];
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}
