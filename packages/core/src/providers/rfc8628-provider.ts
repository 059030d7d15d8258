import { endpointOf, type HttpClient, type HttpResponse } from '../actions/http-client.js';
import { formBody, formHeaders, sendPoll } from '../actions/send-poll.js';
import {
  classifyOAuthPoll,
  type OAuthErrorMeaning,
  oauthError,
  readErrorName,
} from '../calculations/classify-oauth-poll.js';
import { readDeviceAuthorization } from '../calculations/device-authorization-answer.js';
import {
  requireEndpointUrl,
  requireProviderId,
  requireScopes,
  requireSetting,
} from '../calculations/endpoint-url.js';
import { parseBody } from '../calculations/parse-body.js';
import { readTokenAnswer } from '../calculations/token-response.js';
import {
  ConfigurationError,
  ErrorCode,
  InvalidResponseError,
  ProviderError,
} from '../errors/botlogin-error.js';
import type { DeviceAuthorization } from '../models/device-authorization.js';
import type { PollResult } from '../models/poll-result.js';
import type { Profile } from '../models/profile.js';
import type { TokenSet } from '../models/token-set.js';
import type { DeviceFlowProvider, ProviderCallContext } from './device-flow-provider.js';

/** How the client proves its identity to the token endpoint (RFC 6749 §2.3). */
export type ClientAuthentication = 'none' | 'client_secret_basic' | 'client_secret_post';

const clientAuthentications: readonly ClientAuthentication[] = [
  'none',
  'client_secret_basic',
  'client_secret_post',
];

export interface Rfc8628ProviderOptions {
  /** @defaultValue 'rfc8628' */
  readonly id?: string;
  /** @defaultValue 'OAuth' */
  readonly displayName?: string;
  readonly deviceAuthorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly userinfoEndpoint?: string;
  readonly revocationEndpoint?: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  /** @defaultValue 'client_secret_post' with a secret, 'none' without */
  readonly clientAuthentication?: ClientAuthentication;
  /** @defaultValue [] */
  readonly scopes?: readonly string[];
  /** Extra parameters of the device authorization request, such as `audience`. */
  readonly extraParameters?: Readonly<Record<string, string>>;
  /** Non-standard error names and what they mean, for providers that deviate. */
  readonly errorAliases?: Readonly<Record<string, OAuthErrorMeaning>>;
  /**
   * Error names that mean a refused refresh token, in addition to RFC 6749's `invalid_grant`
   * and `invalid_token` (GitHub says `bad_refresh_token`). @defaultValue []
   */
  readonly refreshRejectedErrors?: readonly string[];
  readonly clock?: () => number;
}

const deviceCodeGrant = 'urn:ietf:params:oauth:grant-type:device_code';

/**
 * Any authorization server that follows RFC 8628, configured with explicit endpoints.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628
 */
export class Rfc8628Provider implements DeviceFlowProvider {
  readonly id: string;
  readonly displayName: string;
  readonly #http: HttpClient;
  readonly #options: Rfc8628ProviderOptions;
  readonly #auth: ClientAuthentication;
  readonly #scopes: readonly string[];
  readonly #now: () => number;

  constructor(options: Rfc8628ProviderOptions, http: HttpClient) {
    requireEndpointUrl(options.deviceAuthorizationEndpoint, 'deviceAuthorizationEndpoint');
    requireEndpointUrl(options.tokenEndpoint, 'tokenEndpoint');
    if (options.userinfoEndpoint !== undefined) {
      requireEndpointUrl(options.userinfoEndpoint, 'userinfoEndpoint');
    }
    if (options.revocationEndpoint !== undefined) {
      requireEndpointUrl(options.revocationEndpoint, 'revocationEndpoint');
    }
    requireSetting(options.clientId, 'clientId', "copy it from the provider's app registration.");
    const auth: unknown = options.clientAuthentication;
    if (auth !== undefined && !clientAuthentications.includes(auth as ClientAuthentication)) {
      throw new ConfigurationError(
        `clientAuthentication must be one of ${clientAuthentications.join(', ')}.`,
      );
    }
    this.#auth =
      options.clientAuthentication ?? (options.clientSecret ? 'client_secret_post' : 'none');
    if (this.#auth !== 'none' && !options.clientSecret) {
      throw new ConfigurationError(
        `clientAuthentication "${this.#auth}" needs a clientSecret; set one or use "none".`,
      );
    }
    this.id = requireProviderId(options.id, 'rfc8628');
    this.displayName = options.displayName ?? 'OAuth';
    this.#http = http;
    this.#options = options;
    this.#scopes = requireScopes(options.scopes, 'scopes', []);
    this.#now = options.clock ?? Date.now;
  }

  /** @see https://www.rfc-editor.org/rfc/rfc8628#section-3.1 */
  async startDeviceAuthorization(context: ProviderCallContext = {}): Promise<DeviceAuthorization> {
    const url = this.#options.deviceAuthorizationEndpoint;
    const endpoint = `POST ${endpointOf(url)}`;
    const response = await this.#post(
      url,
      {
        scope: this.#scopes.length > 0 ? this.#scopes.join(' ') : undefined,
        ...this.#options.extraParameters,
      },
      context,
    );
    const fields = this.#readAnswer(response, endpoint);
    const read = readDeviceAuthorization(fields);
    if ('problem' in read) {
      throw new InvalidResponseError(
        `${endpoint} gave an incomplete device authorization answer (${read.problem}).`,
        endpoint,
        response.status,
      );
    }
    return read.authorization;
  }

  /** @see https://www.rfc-editor.org/rfc/rfc8628#section-3.4 */
  pollToken(deviceCode: string, context: ProviderCallContext = {}): Promise<PollResult> {
    const url = this.#options.tokenEndpoint;
    const endpoint = `POST ${endpointOf(url)}`;
    const { headers, body } = this.#authenticated({
      grant_type: deviceCodeGrant,
      device_code: deviceCode,
    });
    return sendPoll(
      this.#http,
      { method: 'POST', url, headers, body, ...(context.signal ? { signal: context.signal } : {}) },
      (response) =>
        classifyOAuthPoll({
          ...response,
          endpoint,
          now: this.#now(),
          requestedScopes: this.#scopes,
          secrets: [deviceCode, this.#options.clientSecret],
          ...(this.#options.errorAliases ? { aliases: this.#options.errorAliases } : {}),
        }),
    );
  }

  /** Reads the OpenID Connect userinfo endpoint. */
  async fetchProfile(tokens: TokenSet, context: ProviderCallContext = {}): Promise<Profile> {
    const url = this.#options.userinfoEndpoint;
    if (url === undefined) {
      throw new ProviderError(
        ErrorCode.Unsupported,
        `Provider "${this.id}" has no userinfoEndpoint configured, so the profile is unknown.`,
        { endpoint: '(none)', status: 0 },
      );
    }
    const endpoint = `GET ${endpointOf(url)}`;
    const response = await this.#http.send({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${tokens.accessToken}`, accept: 'application/json' },
      ...(context.signal ? { signal: context.signal } : {}),
    });
    const raw = this.#readAnswer(response, endpoint);
    const id = raw['sub'] ?? raw['id'];
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new InvalidResponseError(
        `${endpoint} answered without "sub".`,
        endpoint,
        response.status,
      );
    }
    const name = [raw['name'], raw['preferred_username'], raw['login'], raw['email']].find(
      (value): value is string => typeof value === 'string' && value.length > 0,
    );
    const email = typeof raw['email'] === 'string' ? raw['email'] : undefined;
    const avatarUrl = typeof raw['picture'] === 'string' ? raw['picture'] : undefined;
    return {
      id: String(id),
      name: name ?? String(id),
      ...(email === undefined ? {} : { email }),
      ...(avatarUrl === undefined ? {} : { avatarUrl }),
      raw,
    };
  }

  /** @see https://www.rfc-editor.org/rfc/rfc6749#section-6 */
  async refresh(tokens: TokenSet, context: ProviderCallContext = {}): Promise<TokenSet> {
    const url = this.#options.tokenEndpoint;
    const endpoint = `POST ${endpointOf(url)}`;
    if (tokens.refreshToken === undefined) {
      throw new ProviderError(
        ErrorCode.RefreshRejected,
        `Provider "${this.id}" gave no refresh token; the user has to log in again.`,
        { endpoint, status: 0 },
      );
    }
    const { headers, body } = this.#authenticated({
      grant_type: 'refresh_token',
      refresh_token: tokens.refreshToken,
    });
    const response = await this.#http.send({
      method: 'POST',
      url,
      headers,
      body,
      ...(context.signal ? { signal: context.signal } : {}),
    });
    const parsed = parseBody(response.headers['content-type'], response.body);
    const errorName = parsed.format === 'other' ? undefined : readErrorName(parsed.fields);
    const rejected = [
      'invalid_grant',
      'invalid_token',
      ...(this.#options.refreshRejectedErrors ?? []),
    ];
    if (errorName !== undefined && rejected.includes(errorName)) {
      throw new ProviderError(
        ErrorCode.RefreshRejected,
        `${endpoint} refused the refresh token ("${errorName}"); the user has to log in again.`,
        { endpoint, status: response.status, error: errorName },
      );
    }
    const fields = this.#readAnswer(response, endpoint);
    const read = readTokenAnswer(fields, this.#now(), tokens.scopes);
    if ('problem' in read) {
      throw new InvalidResponseError(
        `${endpoint} answered the refresh without a usable token (${read.problem}).`,
        endpoint,
        response.status,
      );
    }
    // A server that does not rotate refresh tokens leaves the old one valid (RFC 6749 §6).
    return read.tokens.refreshToken === undefined
      ? { ...read.tokens, refreshToken: tokens.refreshToken }
      : read.tokens;
  }

  /** @see https://www.rfc-editor.org/rfc/rfc7009 */
  async revoke(tokens: TokenSet, context: ProviderCallContext = {}): Promise<void> {
    const url = this.#options.revocationEndpoint;
    if (url === undefined) return;
    const endpoint = `POST ${endpointOf(url)}`;
    const token = tokens.refreshToken ?? tokens.accessToken;
    const hint = tokens.refreshToken === undefined ? 'access_token' : 'refresh_token';
    const { headers, body } = this.#authenticated({ token, token_type_hint: hint });
    const response = await this.#http.send({
      method: 'POST',
      url,
      headers,
      body,
      ...(context.signal ? { signal: context.signal } : {}),
    });
    if (response.status !== 200) this.#readAnswer(response, endpoint);
  }

  #post(url: string, fields: Record<string, string | undefined>, context: ProviderCallContext) {
    const { headers, body } = this.#authenticated(fields);
    return this.#http.send({
      method: 'POST',
      url,
      headers,
      body,
      ...(context.signal ? { signal: context.signal } : {}),
    });
  }

  /** Adds client authentication the configured way (RFC 6749 §2.3.1). */
  #authenticated(fields: Record<string, string | undefined>): {
    headers: Record<string, string>;
    body: string;
  } {
    const { clientId, clientSecret } = this.#options;
    if (this.#auth === 'client_secret_basic' && clientSecret !== undefined) {
      // RFC 6749 §2.3.1: each part is form-encoded before the Base64 step.
      const user = encodeURIComponent(clientId);
      const pass = encodeURIComponent(clientSecret);
      const basic = Buffer.from(`${user}:${pass}`).toString('base64');
      return {
        headers: { ...formHeaders, authorization: `Basic ${basic}` },
        body: formBody(fields),
      };
    }
    const secret = this.#auth === 'client_secret_post' ? clientSecret : undefined;
    return {
      headers: { ...formHeaders },
      body: formBody({ ...fields, client_id: clientId, client_secret: secret }),
    };
  }

  #readAnswer(response: HttpResponse, endpoint: string): Record<string, unknown> {
    const parsed = parseBody(response.headers['content-type'], response.body);
    const errorName = parsed.format === 'other' ? undefined : readErrorName(parsed.fields);
    if (errorName !== undefined)
      throw oauthError({ endpoint, status: response.status }, parsed, errorName, [
        this.#options.clientSecret,
      ]);
    if (response.status >= 500 || response.status === 429) {
      throw new ProviderError(
        ErrorCode.ProviderError,
        `${endpoint} is unavailable (HTTP ${response.status}); try again in a moment.`,
        { endpoint, status: response.status },
      );
    }
    if (parsed.format === 'other' || response.status >= 300) {
      const what = parsed.format === 'other' ? parsed.excerpt : 'no error code';
      throw new InvalidResponseError(
        `${endpoint} gave an unexpected answer (HTTP ${response.status}, ${what}).`,
        endpoint,
        response.status,
      );
    }
    return { ...parsed.fields };
  }
}
