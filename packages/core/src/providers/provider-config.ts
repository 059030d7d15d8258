import type { HttpClient } from '../actions/http-client.js';
import { ConfigurationError } from '../errors/botlogin-error.js';
import type { DeviceFlowProvider } from './device-flow-provider.js';
import { DiscoveryProvider, type DiscoveryProviderOptions } from './discovery-provider.js';
import { FacebookProvider, type FacebookProviderOptions } from './facebook-provider.js';
import { GithubProvider, type GithubProviderOptions } from './github-provider.js';
import { GoogleProvider, type GoogleProviderOptions } from './google-provider.js';
import { MicrosoftProvider, type MicrosoftProviderOptions } from './microsoft-provider.js';
import { Rfc8628Provider, type Rfc8628ProviderOptions } from './rfc8628-provider.js';

/**
 * A provider described as configuration. `discovery` reads the issuer's metadata at the first
 * login; `await discoverProvider(...)` reads it up front and returns an `rfc8628` config.
 */
export type ProviderConfig =
  | ({ readonly type: 'facebook' } & FacebookProviderOptions)
  | ({ readonly type: 'rfc8628' } & Rfc8628ProviderOptions)
  | ({ readonly type: 'github' } & GithubProviderOptions)
  | ({ readonly type: 'google' } & GoogleProviderOptions)
  | ({ readonly type: 'microsoft' } & MicrosoftProviderOptions)
  | ({ readonly type: 'discovery' } & DiscoveryProviderOptions);

/** A provider given as configuration, or built by a function from the shared HTTP client. */
export type ProviderSpec = ProviderConfig | ((http: HttpClient) => DeviceFlowProvider);

/**
 * Builds a provider from its configuration.
 *
 * @throws ConfigurationError naming the setting that is missing or wrong.
 */
export function createProvider(spec: ProviderSpec, http: HttpClient): DeviceFlowProvider {
  if (typeof spec === 'function') return spec(http);
  if (typeof spec !== 'object' || spec === null) {
    throw new ConfigurationError(
      'A provider must be a configuration object or a factory function.',
    );
  }
  switch (spec.type) {
    case 'facebook':
      return new FacebookProvider(spec, http);
    case 'rfc8628':
      return new Rfc8628Provider(spec, http);
    case 'github':
      return new GithubProvider(spec, http);
    case 'google':
      return new GoogleProvider(spec, http);
    case 'microsoft':
      return new MicrosoftProvider(spec, http);
    case 'discovery':
      return new DiscoveryProvider(spec, http);
    default:
      throw new ConfigurationError(
        `Unknown provider type "${String((spec as { type?: unknown }).type)}"; use one of ` +
          'facebook, github, google, microsoft, discovery, rfc8628.',
      );
  }
}
