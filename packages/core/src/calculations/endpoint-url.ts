import { ConfigurationError } from '../errors/botlogin-error.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for hosts that never leave this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Parses a configured endpoint. HTTPS is required (RFC 9700 §2.6), except on loopback hosts,
 * where the emulator and test fakes run and traffic never leaves the machine.
 *
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` naming the setting and what to change.
 */
export function requireEndpointUrl(value: unknown, setting: string): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${setting} is missing; set it to the provider's HTTPS URL.`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${setting} is not a valid URL; expected https://…`);
  }
  const secure = url.protocol === 'https:';
  const loopbackHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (!secure && !loopbackHttp) {
    throw new ConfigurationError(
      `${setting} must use https:// (plain http is only accepted for loopback hosts such as the emulator).`,
    );
  }
  if (url.username || url.password) {
    throw new ConfigurationError(`${setting} must not carry credentials in the URL.`);
  }
  return url;
}

/** Requires a non-empty string setting. */
export function requireSetting(value: unknown, setting: string, hint: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${setting} is missing; ${hint}`);
  }
  return value.trim();
}
