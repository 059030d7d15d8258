import { isLoopbackHost } from '../calculations/endpoint-url.js';
import { DiscoveryError } from './discovery-error.js';
import type { ClientAuthentication } from './rfc8628-provider.js';

/** The RFC 8414 / OpenID Discovery fields a device-flow client uses, validated. */
export interface AuthorizationServerMetadata {
  readonly issuer: string;
  readonly deviceAuthorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly userinfoEndpoint?: string;
  readonly revocationEndpoint?: string;
  /** RFC 8414 §2: absent means `client_secret_basic` only. */
  readonly tokenEndpointAuthMethods: readonly string[];
  readonly scopesSupported?: readonly string[];
}

/**
 * The well-known URLs to try, in order: RFC 8414 §3.1 inserts its suffix between the host and
 * the issuer's path; OpenID Connect Discovery §4 appends it to the issuer.
 */
export function wellKnownUrls(issuer: URL): string[] {
  const path = issuer.pathname.replace(/\/+$/, '');
  const origin = issuer.origin;
  const urls = [
    `${origin}/.well-known/oauth-authorization-server${path}`,
    `${origin}${path}/.well-known/openid-configuration`,
  ];
  return [...new Set(urls)];
}

/**
 * Checks a metadata document against the issuer it was fetched for: the same `issuer`
 * (trailing slash aside), a device authorization and a token endpoint, every endpoint HTTPS
 * (plain HTTP on loopback only) and on the issuer's origin unless that origin is allowed.
 *
 * @throws DiscoveryError naming the check that failed.
 */
export function validateMetadata(
  document: Readonly<Record<string, unknown>>,
  issuer: URL,
  allowedOrigins: readonly string[] = [],
): AuthorizationServerMetadata {
  const expected = issuer.href.replace(/\/+$/, '');
  const claimed = typeof document['issuer'] === 'string' ? document['issuer'] : undefined;
  if (claimed === undefined || claimed.replace(/\/+$/, '') !== expected) {
    const named = claimed === undefined ? 'no issuer' : `the issuer ${claimed.slice(0, 200)}`;
    throw new DiscoveryError(
      'issuer_mismatch',
      expected,
      `The metadata fetched for ${expected} names ${named}; ` +
        'refusing it (RFC 8414 §3.3). Check the issuer URL.',
    );
  }
  const allowed = new Set([
    issuer.origin,
    ...allowedOrigins.map((origin) => new URL(origin).origin),
  ]);
  const endpoint = (name: string, required: 'device' | 'token' | false): string | undefined => {
    const value = document[name];
    if (value === undefined || value === null) {
      if (required === false) return undefined;
      throw new DiscoveryError(
        required === 'device' ? 'no_device_endpoint' : 'no_token_endpoint',
        expected,
        required === 'device'
          ? `${expected} advertises no device_authorization_endpoint, so it does not offer the ` +
              'device flow (RFC 8628); enable it on the server or use another provider.'
          : `${expected} advertises no token_endpoint.`,
      );
    }
    let url: URL;
    try {
      url = new URL(String(value));
    } catch {
      throw new DiscoveryError(
        'insecure_endpoint',
        expected,
        `${name} of ${expected} is not a URL.`,
      );
    }
    const secure =
      url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
    if (!secure || url.username || url.password) {
      throw new DiscoveryError(
        'insecure_endpoint',
        expected,
        `${name} of ${expected} must use https:// (plain http only on loopback hosts).`,
      );
    }
    if (!allowed.has(url.origin)) {
      throw new DiscoveryError(
        'foreign_endpoint',
        expected,
        `${name} of ${expected} is on ${url.origin}, not the issuer's origin; add that origin to ` +
          'allowedEndpointOrigins if the server really hosts it there.',
      );
    }
    return url.href;
  };
  const device = endpoint('device_authorization_endpoint', 'device') as string;
  const token = endpoint('token_endpoint', 'token') as string;
  const userinfo = endpoint('userinfo_endpoint', false);
  const revocation = endpoint('revocation_endpoint', false);
  const methods = stringList(document['token_endpoint_auth_methods_supported']);
  const scopes = stringList(document['scopes_supported']);
  return {
    issuer: expected,
    deviceAuthorizationEndpoint: device,
    tokenEndpoint: token,
    ...(userinfo === undefined ? {} : { userinfoEndpoint: userinfo }),
    ...(revocation === undefined ? {} : { revocationEndpoint: revocation }),
    tokenEndpointAuthMethods: methods ?? ['client_secret_basic'],
    ...(scopes === undefined ? {} : { scopesSupported: scopes }),
  };
}

/**
 * The client authentication to use: the configured one, else `none` without a secret, else
 * the first of basic and post that the server lists.
 */
export function chooseClientAuthentication(
  metadata: AuthorizationServerMetadata,
  hasSecret: boolean,
  configured: ClientAuthentication | undefined,
): ClientAuthentication {
  if (configured !== undefined) return configured;
  if (!hasSecret) return 'none';
  const methods = metadata.tokenEndpointAuthMethods;
  if (methods.includes('client_secret_basic')) return 'client_secret_basic';
  return 'client_secret_post';
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is string => typeof item === 'string');
}
