import type { EmulatorRequest } from '../models/route.js';

/** How a client identified itself (RFC 6749 §2.3.1), or why that could not be read. */
export type ClientCredentials =
  | { ok: true; method: 'basic' | 'post' | 'none'; clientId: string; clientSecret?: string }
  | { ok: false; reason: string };

/**
 * Reads client credentials from `Authorization: Basic` or from the form's `client_id` /
 * `client_secret`. Using both is refused, as RFC 6749 §2.3 forbids more than one method.
 */
export function parseClientCredentials(
  request: EmulatorRequest,
  form: URLSearchParams,
): ClientCredentials {
  const header = request.headers.authorization;
  const postedSecret = form.get('client_secret');
  if (header?.toLowerCase().startsWith('basic ')) {
    if (postedSecret !== null) {
      return { ok: false, reason: 'client authenticated with more than one method' };
    }
    return parseBasic(header.slice('basic '.length).trim(), form.get('client_id'));
  }

  const clientId = form.get('client_id');
  if (clientId === null || clientId === '') return { ok: false, reason: 'client_id is missing' };
  if (postedSecret === null) return { ok: true, method: 'none', clientId };
  return { ok: true, method: 'post', clientId, clientSecret: postedSecret };
}

function parseBasic(encoded: string, formClientId: string | null): ClientCredentials {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { ok: false, reason: 'malformed Basic credentials' };

  // RFC 6749 §2.3.1: both halves are form-url-encoded before they are joined.
  const clientId = formDecode(decoded.slice(0, colon));
  const clientSecret = formDecode(decoded.slice(colon + 1));
  if (clientId === undefined || clientSecret === undefined) {
    return { ok: false, reason: 'malformed Basic credentials' };
  }
  if (formClientId !== null && formClientId !== clientId) {
    return { ok: false, reason: 'client_id does not match the Basic credentials' };
  }
  return { ok: true, method: 'basic', clientId, clientSecret };
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
