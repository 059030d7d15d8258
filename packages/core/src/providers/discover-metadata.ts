import { endpointOf, type HttpClient } from '../actions/http-client.js';
import { requireEndpointUrl } from '../calculations/endpoint-url.js';
import { parseBody } from '../calculations/parse-body.js';
import {
  type AuthorizationServerMetadata,
  validateMetadata,
  wellKnownUrls,
} from './authorization-server-metadata.js';
import { DiscoveryError } from './discovery-error.js';

export interface DiscoverMetadataOptions {
  /** Origins besides the issuer's that endpoints may live on. @defaultValue [] */
  readonly allowedEndpointOrigins?: readonly string[];
  /** How long good metadata is reused, in milliseconds. @defaultValue 3600000 (one hour) */
  readonly cacheMs?: number;
  readonly now?: () => number;
  readonly signal?: AbortSignal;
}

interface CacheEntry {
  readonly metadata: Promise<AuthorizationServerMetadata>;
  expiresAt: number;
}

/** Metadata per issuer (and allowed origins), shared by every provider of this process. */
const cache = new Map<string, CacheEntry>();

/**
 * Reads and validates an issuer's metadata: RFC 8414's `oauth-authorization-server` document,
 * falling back to OpenID's `openid-configuration` when the first is missing or unreadable.
 * Good metadata is cached (RFC 9700 §2.1 asks clients to use it, validated); concurrent
 * callers share one request, and failures are not cached.
 *
 * @throws DiscoveryError (`BOTLOGIN_CONFIGURATION`) when no document can be read or one fails
 *   a check; ConfigurationError when `issuer` is not an HTTPS URL; TransportError when the
 *   server cannot be reached.
 * @see https://www.rfc-editor.org/rfc/rfc8414#section-3
 */
export function discoverMetadata(
  issuer: string,
  http: HttpClient,
  options: DiscoverMetadataOptions = {},
): Promise<AuthorizationServerMetadata> {
  const url = requireEndpointUrl(issuer, 'issuer');
  const now = options.now ?? Date.now;
  const allowed = options.allowedEndpointOrigins ?? [];
  const key = `${url.href}\n${allowed.join(' ')}`;
  const cached = cache.get(key);
  if (cached !== undefined && cached.expiresAt > now()) return cached.metadata;

  const entry: CacheEntry = {
    metadata: fetchMetadata(url, http, allowed, options.signal),
    // Until it settles, concurrent callers share the request.
    expiresAt: Number.POSITIVE_INFINITY,
  };
  cache.set(key, entry);
  entry.metadata.then(
    () => {
      entry.expiresAt = now() + (options.cacheMs ?? 3_600_000);
    },
    () => {
      if (cache.get(key) === entry) cache.delete(key);
    },
  );
  return entry.metadata;
}

/** Forgets cached metadata, of one issuer or of all. */
export function clearDiscoveryCache(issuer?: string): void {
  if (issuer === undefined) {
    cache.clear();
    return;
  }
  const href = new URL(issuer).href;
  for (const key of cache.keys()) if (key.startsWith(`${href}\n`)) cache.delete(key);
}

async function fetchMetadata(
  issuer: URL,
  http: HttpClient,
  allowedOrigins: readonly string[],
  signal: AbortSignal | undefined,
): Promise<AuthorizationServerMetadata> {
  const failures: string[] = [];
  for (const url of wellKnownUrls(issuer)) {
    const response = await http.send({
      method: 'GET',
      url,
      headers: { accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
    const parsed = parseBody(response.headers['content-type'], response.body);
    if (response.status !== 200 || parsed.format !== 'json') {
      const what = parsed.format === 'other' ? parsed.excerpt : parsed.format;
      failures.push(`GET ${endpointOf(url)}: HTTP ${response.status}, ${what}`);
      continue;
    }
    return validateMetadata(parsed.fields, issuer, allowedOrigins);
  }
  const name = issuer.href.replace(/\/+$/, '');
  throw new DiscoveryError(
    'unreadable',
    name,
    `No authorization server metadata could be read for ${name} (${failures.join('; ')}). ` +
      'Check the issuer URL.',
  );
}
