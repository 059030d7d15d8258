import { endpointOf, type HttpClient } from '../actions/http-client.js';
import { requireEndpointUrl, requireSetting } from '../calculations/endpoint-url.js';
import { ErrorCode, ProviderError } from '../errors/botlogin-error.js';
import type { DeviceAuthorization } from '../models/device-authorization.js';
import type { Profile } from '../models/profile.js';
import type { TokenSet } from '../models/token-set.js';
import type { ProviderCallContext } from './device-flow-provider.js';
import { firstText, getProviderJson, readJsonAnswer, requireObject } from './provider-api.js';
import { withHint } from './provider-hint.js';
import { Rfc8628Provider } from './rfc8628-provider.js';

export interface GithubProviderOptions {
  /** The OAuth app's or GitHub App's client id; Device Flow must be enabled in its settings. */
  readonly clientId: string;
  /**
   * Only needed to revoke tokens at logout and to refresh expiring GitHub App tokens; the
   * device flow itself works without it.
   */
  readonly clientSecret?: string;
  /** @defaultValue ['read:user', 'user:email'] */
  readonly scopes?: readonly string[];
  /** @defaultValue 'https://github.com'; the emulator's `github.webUrl` offline. */
  readonly webBaseUrl?: string;
  /** @defaultValue 'https://api.github.com'; the emulator's `github.apiUrl` offline. */
  readonly apiBaseUrl?: string;
  /** @defaultValue 'github' */
  readonly id?: string;
  /** @defaultValue 'GitHub' */
  readonly displayName?: string;
  readonly clock?: () => number;
}

/**
 * GitHub's device flow. Its deviations are absorbed here: answers are form-encoded unless JSON
 * is asked for (it is, and either is read), every error comes under HTTP 200, `slow_down`
 * carries the new interval, scopes come back comma-separated, `token_expired` appears in the
 * docs beside `expired_token`, and `incorrect_device_code`, `incorrect_client_credentials` and
 * `device_flow_disabled` end the login. The profile is `GET /user`, with the primary verified
 * address from `GET /user/emails` when the token has `user:email` (or `user`).
 *
 * @see https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps#device-flow
 */
export class GithubProvider extends Rfc8628Provider {
  readonly #http: HttpClient;
  readonly #api: string;
  readonly #clientId: string;
  readonly #clientSecret: string | undefined;

  constructor(options: GithubProviderOptions, http: HttpClient) {
    const clientId = requireSetting(
      options.clientId,
      'GitHub clientId (GITHUB_CLIENT_ID)',
      'copy the Client ID of your OAuth app or GitHub App and enable Device Flow there.',
    );
    const web = trimSlash(
      requireEndpointUrl(options.webBaseUrl ?? 'https://github.com', 'GitHub webBaseUrl'),
    );
    const api = trimSlash(
      requireEndpointUrl(options.apiBaseUrl ?? 'https://api.github.com', 'GitHub apiBaseUrl'),
    );
    super(
      {
        id: options.id ?? 'github',
        displayName: options.displayName ?? 'GitHub',
        deviceAuthorizationEndpoint: `${web}/login/device/code`,
        tokenEndpoint: `${web}/login/oauth/access_token`,
        clientId,
        ...(options.clientSecret ? { clientSecret: options.clientSecret } : {}),
        // GitHub reads client_id from the form; the secret only matters for refresh.
        clientAuthentication: options.clientSecret ? 'client_secret_post' : 'none',
        scopes: options.scopes ?? ['read:user', 'user:email'],
        errorAliases: { token_expired: 'expired' },
        refreshRejectedErrors: ['bad_refresh_token'],
        ...(options.clock ? { clock: options.clock } : {}),
      },
      http,
    );
    this.#http = http;
    this.#api = api;
    this.#clientId = clientId;
    this.#clientSecret = options.clientSecret || undefined;
  }

  override async startDeviceAuthorization(
    context?: ProviderCallContext,
  ): Promise<DeviceAuthorization> {
    try {
      return await super.startDeviceAuthorization(context);
    } catch (error) {
      throw withHint(error, {
        device_flow_disabled: "Enable Device Flow in the GitHub app's settings.",
        incorrect_client_credentials: 'Check GITHUB_CLIENT_ID.',
      });
    }
  }

  /** `GET /user`, and `GET /user/emails` for a private primary address when scopes allow. */
  override async fetchProfile(
    tokens: TokenSet,
    context: ProviderCallContext = {},
  ): Promise<Profile> {
    const headers = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
    const url = `${this.#api}/user`;
    const user = requireObject(
      await getProviderJson(this.#http, url, tokens, context, headers),
      `GET ${endpointOf(url)}`,
    );
    const id = user['id'];
    if (typeof id !== 'number' && typeof id !== 'string') {
      throw new ProviderError(
        ErrorCode.InvalidResponse,
        `GET ${endpointOf(url)} answered without an id.`,
        {
          endpoint: `GET ${endpointOf(url)}`,
          status: 200,
        },
      );
    }
    let email = firstText(user['email']);
    let emails: unknown;
    const mayReadEmails = tokens.scopes.some((scope) => scope === 'user' || scope === 'user:email');
    if (email === undefined && mayReadEmails) {
      emails = await getProviderJson(
        this.#http,
        `${this.#api}/user/emails`,
        tokens,
        context,
        headers,
      );
      email = primaryEmail(emails);
    }
    const name = firstText(user['name'], user['login']) ?? `GitHub user ${id}`;
    const avatarUrl = firstText(user['avatar_url']);
    return {
      id: String(id),
      name,
      ...(email === undefined ? {} : { email }),
      ...(avatarUrl === undefined ? {} : { avatarUrl }),
      raw: emails === undefined ? user : { ...user, emails },
    };
  }

  /**
   * Deletes the token through `DELETE /applications/{client_id}/token`, which GitHub
   * authenticates with the client id and secret. Without a secret there is no way to revoke,
   * so logout only forgets the token.
   *
   * @see https://docs.github.com/en/rest/apps/oauth-applications#delete-an-app-token
   */
  override async revoke(tokens: TokenSet, context: ProviderCallContext = {}): Promise<void> {
    if (this.#clientSecret === undefined) return;
    const url = `${this.#api}/applications/${encodeURIComponent(this.#clientId)}/token`;
    const basic = Buffer.from(`${this.#clientId}:${this.#clientSecret}`).toString('base64');
    const response = await this.#http.send({
      method: 'DELETE',
      url,
      headers: {
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
        authorization: `Basic ${basic}`,
      },
      body: JSON.stringify({ access_token: tokens.accessToken }),
      ...(context.signal ? { signal: context.signal } : {}),
    });
    // 404 means the token is already gone, which is what logout wants.
    if (response.status === 204 || response.status === 404) return;
    readJsonAnswer(response, `DELETE ${endpointOf(url)}`);
  }
}

function primaryEmail(emails: unknown): string | undefined {
  if (!Array.isArray(emails)) return undefined;
  const entries = emails.filter(
    (entry): entry is { email: string; primary?: unknown; verified?: unknown } =>
      typeof entry === 'object' && entry !== null && typeof entry.email === 'string',
  );
  const verified = entries.filter((entry) => entry.verified === true);
  return (verified.find((entry) => entry.primary === true) ?? verified[0])?.email;
}

function trimSlash(url: URL): string {
  return url.href.replace(/\/+$/, '');
}
