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

/**
 * Reads a list of scopes: absent means `fallback`; otherwise an array of non-empty strings
 * without spaces or commas (each provider joins them its own way).
 *
 * @throws ConfigurationError naming the setting.
 */
export function requireScopes(
  value: unknown,
  setting: string,
  fallback: readonly string[],
): readonly string[] {
  if (value === undefined) return fallback;
  const valid =
    Array.isArray(value) &&
    value.every((scope) => typeof scope === 'string' && /^[^\s,]+$/.test(scope));
  if (!valid) {
    throw new ConfigurationError(
      `${setting} must be an array of scope names, such as ["openid", "email"].`,
    );
  }
  return value as string[];
}

/**
 * Reads a provider id: absent means `fallback`; otherwise 1 to 32 letters, digits, `-` or `_`,
 * since ids travel in chat buttons and store keys.
 *
 * @throws ConfigurationError naming the id.
 */
export function requireProviderId(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/.test(value)) {
    throw new ConfigurationError(
      `Provider id ${JSON.stringify(value)} must be 1 to 32 letters, digits, "-" or "_".`,
    );
  }
  return value;
}

/**
 * Reads a positive number of milliseconds or seconds: absent means `fallback`.
 *
 * @throws ConfigurationError naming the setting.
 */
export function requireNumber(
  value: unknown,
  setting: string,
  fallback: number,
  { min = 0, integer = false }: { min?: number; integer?: boolean } = {},
): number {
  if (value === undefined) return fallback;
  const valid =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    (!integer || Number.isInteger(value));
  if (!valid) {
    throw new ConfigurationError(
      `${setting} must be a ${integer ? 'whole ' : ''}number of at least ${min}.`,
    );
  }
  return value as number;
}
