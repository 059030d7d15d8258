import { endpointOf, type HttpClient, type HttpResponse } from '../actions/http-client.js';
import { formBody, formHeaders, sendPoll } from '../actions/send-poll.js';
import {
  classifyFacebookPoll,
  graphApiError,
  readGraphError,
} from '../calculations/classify-facebook-poll.js';
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

export interface FacebookProviderOptions {
  /** The app id from the Facebook developer dashboard. */
  readonly appId: string;
  /** The app's client token (Settings › Advanced), not the app secret. */
  readonly clientToken: string;
  /**
   * The app secret, only for exchanging a token for a new long-lived one (which is how a
   * Facebook login is kept alive: `refresh` does the exchange). Without it, tokens run out after
   * their 60 days and the user logs in again.
   */
  readonly appSecret?: string;
  /** @defaultValue 'v21.0' */
  readonly graphVersion?: string;
  /** @defaultValue 'https://graph.facebook.com'; the emulator's `graphUrl` offline. */
  readonly graphBaseUrl?: string;
  /** Permissions to ask for. @defaultValue ['public_profile'] */
  readonly scopes?: readonly string[];
  /** Fields of `/me` to fetch. @defaultValue ['id', 'name', 'picture'] */
  readonly profileFields?: readonly string[];
  /** @defaultValue 'facebook' */
  readonly id?: string;
  /** @defaultValue 'Facebook' */
  readonly displayName?: string;
  readonly clock?: () => number;
}

/**
 * Facebook Login for Devices: not RFC 8628 but its own Graph endpoints, authenticated with the
 * app access token `APP_ID|CLIENT_TOKEN`, with states told apart by `error_subcode`.
 *
 * @see https://developers.facebook.com/docs/facebook-login/for-devices
 */
export class FacebookProvider implements DeviceFlowProvider {
  readonly id: string;
  readonly displayName: string;
  readonly #http: HttpClient;
  readonly #graph: string;
  /** Whether `refresh` can renew tokens: only with the app secret. */
  readonly renewsAccessToken: boolean;
  readonly #appAccessToken: string;
  readonly #appId: string;
  readonly #appSecret: string | undefined;
  readonly #scopes: readonly string[];
  readonly #profileFields: readonly string[];
  readonly #now: () => number;

  constructor(options: FacebookProviderOptions, http: HttpClient) {
    const appId = requireSetting(
      options.appId,
      'Facebook appId (FACEBOOK_APP_ID)',
      'copy the App ID from your app on developers.facebook.com.',
    );
    const clientToken = requireSetting(
      options.clientToken,
      'Facebook clientToken (FACEBOOK_CLIENT_TOKEN)',
      "copy it from your app's Settings › Advanced › Client token.",
    );
    if (appId.includes('|') || clientToken.includes('|')) {
      throw new ConfigurationError(
        'Facebook appId and clientToken must be given separately, without "|"; botlogin joins them.',
      );
    }
    const version = options.graphVersion ?? 'v21.0';
    if (!/^v\d+\.\d+$/.test(version)) {
      throw new ConfigurationError(`Facebook graphVersion "${version}" should look like "v21.0".`);
    }
    const base = requireEndpointUrl(
      options.graphBaseUrl ?? 'https://graph.facebook.com',
      'Facebook graphBaseUrl',
    );
    if (base.search || base.hash) {
      throw new ConfigurationError('Facebook graphBaseUrl must not have a query or fragment.');
    }
    this.id = requireProviderId(options.id, 'facebook');
    this.displayName = options.displayName ?? 'Facebook';
    this.#http = http;
    this.#graph = `${base.href.replace(/\/+$/, '')}/${version}`;
    this.#appAccessToken = `${appId}|${clientToken}`;
    this.#appId = appId;
    this.#appSecret = options.appSecret?.trim() || undefined;
    this.renewsAccessToken = this.#appSecret !== undefined;
    this.#scopes = requireScopes(options.scopes, 'Facebook scopes', ['public_profile']);
    this.#profileFields = requireScopes(options.profileFields, 'Facebook profileFields', [
      'id',
      'name',
      'picture',
    ]);
    this.#now = options.clock ?? Date.now;
  }

  /** `POST /device/login`: the device code comes back named `code`. */
  async startDeviceAuthorization(context: ProviderCallContext = {}): Promise<DeviceAuthorization> {
    const url = `${this.#graph}/device/login`;
    const response = await this.#http.send({
      method: 'POST',
      url,
      headers: formHeaders,
      body: formBody({ access_token: this.#appAccessToken, scope: this.#scopes.join(',') }),
      ...(context.signal ? { signal: context.signal } : {}),
    });
    const fields = this.#readAnswer(response, `POST ${endpointOf(url)}`);
    // Facebook names the device code `code`; the rest follows RFC 8628's names.
    const read = readDeviceAuthorization({ ...fields, device_code: fields['code'] });
    if ('problem' in read) {
      throw new InvalidResponseError(
        `POST ${endpointOf(url)} gave an incomplete device login answer (${read.problem}).`,
        `POST ${endpointOf(url)}`,
        response.status,
      );
    }
    const { authorization } = read;
    // Facebook gives no verification_uri_complete; its own SDK builds one with the code for
    // its QR code, and the device page prefills the code from it.
    const complete = new URL(authorization.verificationUri);
    complete.searchParams.set('user_code', authorization.userCode);
    return { ...authorization, verificationUriComplete: complete.href };
  }

  /** `POST /device/login_status` with `code=` (not `device_code`) and the app token. */
  pollToken(deviceCode: string, context: ProviderCallContext = {}): Promise<PollResult> {
    const url = `${this.#graph}/device/login_status`;
    const endpoint = `POST ${endpointOf(url)}`;
    return sendPoll(
      this.#http,
      {
        method: 'POST',
        url,
        headers: formHeaders,
        body: formBody({ access_token: this.#appAccessToken, code: deviceCode }),
        ...(context.signal ? { signal: context.signal } : {}),
      },
      (response) =>
        classifyFacebookPoll({
          ...response,
          endpoint,
          now: this.#now(),
          requestedScopes: this.#scopes,
          secrets: [deviceCode, ...this.#secrets()],
        }),
    );
  }

  /** `GET /me` with the fields asked for; the token goes in the header, never the URL. */
  async fetchProfile(tokens: TokenSet, context: ProviderCallContext = {}): Promise<Profile> {
    const url = `${this.#graph}/me?fields=${encodeURIComponent(this.#profileFields.join(','))}`;
    const response = await this.#http.send({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${tokens.accessToken}`, accept: 'application/json' },
      ...(context.signal ? { signal: context.signal } : {}),
    });
    const raw = this.#readAnswer(response, `GET ${endpointOf(url)}`);
    const id = raw['id'];
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new InvalidResponseError(
        `GET ${endpointOf(url)} answered without an id.`,
        `GET ${endpointOf(url)}`,
        response.status,
      );
    }
    const name = typeof raw['name'] === 'string' ? raw['name'] : `Facebook user ${id}`;
    const email = typeof raw['email'] === 'string' ? raw['email'] : undefined;
    const avatarUrl = readPictureUrl(raw['picture']);
    return {
      id: String(id),
      name,
      ...(email === undefined ? {} : { email }),
      ...(avatarUrl === undefined ? {} : { avatarUrl }),
      raw,
    };
  }

  /**
   * Trades a user access token for a new long-lived one (about 60 days). Graph only offers this
   * as a `GET` with the secret and token in the query, so the request goes straight to the
   * Graph host and its URL is never logged (errors name the endpoint without the query).
   *
   * @throws ConfigurationError without `appSecret`; ProviderError `BOTLOGIN_REFRESH_REJECTED`
   *   when Graph refuses the token (code 190: expired or revoked), `BOTLOGIN_PROVIDER_ERROR`
   *   for other Graph errors.
   * @see https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived
   */
  async exchangeForLongLivedToken(
    tokens: TokenSet,
    context: ProviderCallContext = {},
  ): Promise<TokenSet> {
    if (this.#appSecret === undefined) {
      throw new ConfigurationError(
        'Exchanging a Facebook token needs appSecret (FACEBOOK_APP_SECRET); ' +
          'set it or skip the exchange.',
      );
    }
    const query = new URLSearchParams({
      grant_type: 'fb_exchange_token',
      client_id: this.#appId,
      client_secret: this.#appSecret,
      fb_exchange_token: tokens.accessToken,
    });
    const url = `${this.#graph}/oauth/access_token`;
    const endpoint = `GET ${endpointOf(url)}`;
    const response = await this.#http.send({
      method: 'GET',
      url: `${url}?${query}`,
      headers: { accept: 'application/json' },
      ...(context.signal ? { signal: context.signal } : {}),
    });
    let fields: Record<string, unknown>;
    try {
      fields = this.#readAnswer(response, endpoint);
    } catch (error) {
      if (error instanceof ProviderError && error.details.graphCode === 190) {
        throw new ProviderError(
          ErrorCode.RefreshRejected,
          `${endpoint} refused the token (Graph error 190); the user has to log in again.`,
          error.details,
          { cause: error },
        );
      }
      throw error;
    }
    const read = readTokenAnswer(fields, this.#now(), tokens.scopes);
    if ('problem' in read) {
      throw new InvalidResponseError(
        `${endpoint} answered the exchange without a usable token (${read.problem}).`,
        endpoint,
        response.status,
      );
    }
    return read.tokens;
  }

  /**
   * Keeps a login alive by the long-lived token exchange; Facebook has no refresh tokens.
   * Without `appSecret` the token cannot be renewed.
   *
   * @throws ProviderError `BOTLOGIN_REFRESH_REJECTED` without `appSecret` or when refused.
   */
  async refresh(tokens: TokenSet, context: ProviderCallContext = {}): Promise<TokenSet> {
    if (this.#appSecret === undefined) {
      throw new ProviderError(
        ErrorCode.RefreshRejected,
        'Facebook tokens can only be renewed with appSecret; the user has to log in again.',
        { endpoint: `GET ${endpointOf(`${this.#graph}/oauth/access_token`)}`, status: 0 },
      );
    }
    return this.exchangeForLongLivedToken(tokens, context);
  }

  /**
   * Logout: `DELETE /me/permissions` removes the app's permissions, so every token of this
   * user for the app stops working.
   *
   * @see https://developers.facebook.com/docs/facebook-login/guides/permissions/request-revoke
   */
  async revoke(tokens: TokenSet, context: ProviderCallContext = {}): Promise<void> {
    const url = `${this.#graph}/me/permissions`;
    const response = await this.#http.send({
      method: 'DELETE',
      url,
      headers: { authorization: `Bearer ${tokens.accessToken}`, accept: 'application/json' },
      ...(context.signal ? { signal: context.signal } : {}),
    });
    this.#readAnswer(response, `DELETE ${endpointOf(url)}`);
  }

  /** The app's credentials, masked in any provider text repeated in an error. */
  #secrets(): string[] {
    const clientToken = this.#appAccessToken.split('|')[1] ?? '';
    return [this.#appAccessToken, clientToken, ...(this.#appSecret ? [this.#appSecret] : [])];
  }

  #readAnswer(response: HttpResponse, endpoint: string): Record<string, unknown> {
    const parsed = parseBody(response.headers['content-type'], response.body);
    if (parsed.format === 'other') {
      throw new InvalidResponseError(
        `${endpoint} gave an unexpected answer (HTTP ${response.status}, ${parsed.excerpt}).`,
        endpoint,
        response.status,
      );
    }
    const graphError = readGraphError(parsed.fields);
    if (graphError !== undefined)
      throw graphApiError({ endpoint, status: response.status }, graphError, this.#secrets());
    if (response.status >= 300) {
      throw new ProviderError(
        ErrorCode.ProviderError,
        `${endpoint} failed with HTTP ${response.status}; try again in a moment.`,
        { endpoint, status: response.status },
      );
    }
    return { ...parsed.fields };
  }
}

function readPictureUrl(picture: unknown): string | undefined {
  if (typeof picture !== 'object' || picture === null) return undefined;
  const data = (picture as { data?: { url?: unknown } }).data;
  return typeof data?.url === 'string' ? data.url : undefined;
}
