import type { HttpClient } from '../actions/http-client.js';
import type { OAuthErrorMeaning } from '../calculations/classify-oauth-poll.js';
import { requireEndpointUrl, requireSetting } from '../calculations/endpoint-url.js';
import { BotloginError, ErrorCode, TransportError } from '../errors/botlogin-error.js';
import type { DeviceAuthorization } from '../models/device-authorization.js';
import type { PollResult } from '../models/poll-result.js';
import type { Profile } from '../models/profile.js';
import type { TokenSet } from '../models/token-set.js';
import { chooseClientAuthentication } from './authorization-server-metadata.js';
import type { DeviceFlowProvider, ProviderCallContext } from './device-flow-provider.js';
import { discoverMetadata } from './discover-metadata.js';
import {
  type ClientAuthentication,
  Rfc8628Provider,
  type Rfc8628ProviderOptions,
} from './rfc8628-provider.js';

export interface DiscoveryProviderOptions {
  /** The issuer identifier, such as `https://auth.example.com/realms/main`. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  /** @defaultValue `none` without a secret; else basic or post, as the server lists them */
  readonly clientAuthentication?: ClientAuthentication;
  /** @defaultValue ['openid', 'profile', 'email'] */
  readonly scopes?: readonly string[];
  /** Extra parameters of the device authorization request, such as `audience`. */
  readonly extraParameters?: Readonly<Record<string, string>>;
  readonly errorAliases?: Readonly<Record<string, OAuthErrorMeaning>>;
  /** Origins besides the issuer's that its endpoints may live on. @defaultValue [] */
  readonly allowedEndpointOrigins?: readonly string[];
  /** @defaultValue 3600000 */
  readonly metadataCacheMs?: number;
  /** @defaultValue 'rfc8628' */
  readonly id?: string;
  /** @defaultValue the issuer's host name */
  readonly displayName?: string;
  readonly clock?: () => number;
}

/**
 * The explicit RFC 8628 configuration an issuer's metadata describes.
 *
 * @throws DiscoveryError, ConfigurationError, TransportError as {@link discoverMetadata}.
 */
export async function discoverRfc8628Options(
  options: DiscoveryProviderOptions,
  http: HttpClient,
  signal?: AbortSignal,
): Promise<Rfc8628ProviderOptions> {
  requireSetting(options.clientId, 'clientId', "copy it from the provider's app registration.");
  const metadata = await discoverMetadata(options.issuer, http, {
    ...(options.allowedEndpointOrigins
      ? { allowedEndpointOrigins: options.allowedEndpointOrigins }
      : {}),
    ...(options.metadataCacheMs === undefined ? {} : { cacheMs: options.metadataCacheMs }),
    ...(options.clock ? { now: options.clock } : {}),
    ...(signal ? { signal } : {}),
  });
  const hasSecret = typeof options.clientSecret === 'string' && options.clientSecret !== '';
  return {
    id: options.id ?? 'rfc8628',
    displayName: options.displayName ?? new URL(metadata.issuer).hostname,
    deviceAuthorizationEndpoint: metadata.deviceAuthorizationEndpoint,
    tokenEndpoint: metadata.tokenEndpoint,
    ...(metadata.userinfoEndpoint ? { userinfoEndpoint: metadata.userinfoEndpoint } : {}),
    ...(metadata.revocationEndpoint ? { revocationEndpoint: metadata.revocationEndpoint } : {}),
    clientId: options.clientId,
    ...(hasSecret ? { clientSecret: options.clientSecret as string } : {}),
    clientAuthentication: chooseClientAuthentication(
      metadata,
      hasSecret,
      options.clientAuthentication,
    ),
    scopes: options.scopes ?? ['openid', 'profile', 'email'],
    ...(options.extraParameters ? { extraParameters: options.extraParameters } : {}),
    ...(options.errorAliases ? { errorAliases: options.errorAliases } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  };
}

/**
 * An RFC 8628 provider configured from its issuer's metadata, read on first use and cached.
 * This is what `{ type: 'discovery', issuer, clientId }` builds, so that `createBotlogin` can
 * stay synchronous; a bad issuer then surfaces at the first login as a `DiscoveryError`. Call
 * `discoverProvider()` instead to fail at startup.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8414
 */
export class DiscoveryProvider implements DeviceFlowProvider {
  readonly id: string;
  readonly displayName: string;
  readonly #options: DiscoveryProviderOptions;
  readonly #http: HttpClient;
  #provider: Rfc8628Provider | undefined;

  constructor(options: DiscoveryProviderOptions, http: HttpClient) {
    requireEndpointUrl(options.issuer, 'issuer');
    requireSetting(options.clientId, 'clientId', "copy it from the provider's app registration.");
    this.#options = options;
    this.#http = http;
    this.id = options.id ?? 'rfc8628';
    this.displayName = options.displayName ?? new URL(options.issuer).hostname;
  }

  async startDeviceAuthorization(context: ProviderCallContext = {}): Promise<DeviceAuthorization> {
    return (await this.#resolve(context)).startDeviceAuthorization(context);
  }

  /** A discovery failure while polling (after a restart) is a transient or fatal poll result. */
  async pollToken(deviceCode: string, context: ProviderCallContext = {}): Promise<PollResult> {
    let provider: Rfc8628Provider;
    try {
      provider = await this.#resolve(context);
    } catch (error) {
      if (TransportError.is(error) && error.code === ErrorCode.Aborted) throw error;
      if (BotloginError.is(error) && !TransportError.is(error)) return { kind: 'fatal', error };
      return { kind: 'transient', reason: BotloginError.is(error) ? error.code : 'discovery' };
    }
    return provider.pollToken(deviceCode, context);
  }

  async fetchProfile(tokens: TokenSet, context: ProviderCallContext = {}): Promise<Profile> {
    return (await this.#resolve(context)).fetchProfile(tokens, context);
  }

  async refresh(tokens: TokenSet, context: ProviderCallContext = {}): Promise<TokenSet> {
    return (await this.#resolve(context)).refresh(tokens, context);
  }

  async revoke(tokens: TokenSet, context: ProviderCallContext = {}): Promise<void> {
    return (await this.#resolve(context)).revoke(tokens, context);
  }

  async #resolve(context: ProviderCallContext): Promise<Rfc8628Provider> {
    if (this.#provider !== undefined) return this.#provider;
    const options = await discoverRfc8628Options(this.#options, this.#http, context.signal);
    this.#provider ??= new Rfc8628Provider(options, this.#http);
    return this.#provider;
  }
}
