import type { HttpClient } from '../actions/http-client.js';
import { UndiciHttpClient } from '../actions/undici-http-client.js';
import { type DiscoveryProviderOptions, discoverRfc8628Options } from './discovery-provider.js';
import type { Rfc8628ProviderOptions } from './rfc8628-provider.js';

/**
 * Reads an issuer's metadata now and returns the explicit provider configuration it
 * describes, ready for `createBotlogin({ providers: [config] })`. Use it to fail at startup
 * rather than at the first login, or to log the endpoints found.
 *
 * ```ts
 * const keycloak = await discoverProvider({
 *   issuer: 'https://id.example.com/realms/main',
 *   clientId: 'chat-bot',
 * });
 * const bot = createBotlogin({ providers: [keycloak] });
 * ```
 *
 * @param options.http - the client to fetch with; a short-lived one is made and closed when
 *   absent.
 * @throws DiscoveryError `BOTLOGIN_CONFIGURATION` with `problem` (`unreadable`,
 *   `issuer_mismatch`, `no_device_endpoint`, `no_token_endpoint`, `insecure_endpoint`,
 *   `foreign_endpoint`); TransportError when the issuer cannot be reached.
 * @see https://www.rfc-editor.org/rfc/rfc8414#section-3
 */
export async function discoverProvider(
  options: DiscoveryProviderOptions & { readonly http?: HttpClient },
): Promise<{ readonly type: 'rfc8628' } & Rfc8628ProviderOptions> {
  const { http, ...settings } = options;
  const client = http ?? new UndiciHttpClient();
  try {
    return { type: 'rfc8628', ...(await discoverRfc8628Options(settings, client)) };
  } finally {
    if (http === undefined) await client.close?.();
  }
}
