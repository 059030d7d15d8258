import { ConfigurationError } from '@botlogin/core';

/** How the bot is wired, from environment variables. */
export interface BotConfig {
  /** Port of the chat page on 127.0.0.1. `0` picks a free one. */
  readonly port: number;
  /** Real Facebook Login for Devices, or undefined to use the local emulator. */
  readonly facebook?: { readonly appId: string; readonly clientToken: string };
}

/**
 * Reads `PORT` (default 3978) and, for real Facebook logins, both `FACEBOOK_APP_ID` and
 * `FACEBOOK_CLIENT_TOKEN`; with neither set the bot uses the emulator.
 *
 * @throws ConfigurationError naming the missing or malformed variable.
 */
export function readConfig(env: Readonly<Record<string, string | undefined>>): BotConfig {
  const port = Number(env['PORT'] ?? '3978');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigurationError(`PORT "${env['PORT']}" is not a port number (0-65535).`);
  }
  const appId = env['FACEBOOK_APP_ID']?.trim() || undefined;
  const clientToken = env['FACEBOOK_CLIENT_TOKEN']?.trim() || undefined;
  if (appId === undefined && clientToken === undefined) return { port };
  const missing = [
    appId === undefined ? 'FACEBOOK_APP_ID' : undefined,
    clientToken === undefined ? 'FACEBOOK_CLIENT_TOKEN' : undefined,
  ].filter((name) => name !== undefined);
  if (appId === undefined || clientToken === undefined) {
    throw new ConfigurationError(
      `Missing ${missing.join(' and ')}. Real Facebook logins need both FACEBOOK_APP_ID ` +
        '(App ID on developers.facebook.com) and FACEBOOK_CLIENT_TOKEN (Settings › Advanced › ' +
        'Client token), with "Login from Devices" turned on. Unset both to use the emulator.',
    );
  }
  return { port, facebook: { appId, clientToken } };
}
