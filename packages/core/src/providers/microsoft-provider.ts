import { endpointOf, type HttpClient } from '../actions/http-client.js';
import { requireEndpointUrl, requireSetting } from '../calculations/endpoint-url.js';
import { ConfigurationError, ErrorCode, ProviderError } from '../errors/botlogin-error.js';
import type { Profile } from '../models/profile.js';
import type { TokenSet } from '../models/token-set.js';
import type { ProviderCallContext } from './device-flow-provider.js';
import { firstText, getProviderJson, requireObject } from './provider-api.js';
import { Rfc8628Provider } from './rfc8628-provider.js';

export interface MicrosoftProviderOptions {
  /** The application (client) id of the app registration, with public client flows allowed. */
  readonly clientId: string;
  /**
   * `common`, `organizations`, `consumers`, a tenant GUID or a verified domain.
   * @defaultValue 'common'
   */
  readonly tenant?: string;
  /**
   * `offline_access` brings a refresh token; `User.Read` lets the profile be read from Graph.
   * @defaultValue ['openid', 'profile', 'email', 'offline_access', 'User.Read']
   */
  readonly scopes?: readonly string[];
  /** @defaultValue 'https://login.microsoftonline.com'; the emulator's `microsoft.authorityUrl`. */
  readonly authorityBaseUrl?: string;
  /** @defaultValue 'https://graph.microsoft.com'; the emulator's `microsoft.graphUrl` offline. */
  readonly graphBaseUrl?: string;
  /** @defaultValue 'microsoft' */
  readonly id?: string;
  /** @defaultValue 'Microsoft' */
  readonly displayName?: string;
  readonly clock?: () => number;
}

const tenantPattern = /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/;

/**
 * Microsoft Entra ID (v2.0 endpoints). Its deviations: `authorization_declined` for a denial,
 * `code_expired` (the v1 name) beside `expired_token`, `bad_verification_code` ending the login,
 * a `message` with ready-made instructions, no `verification_uri_complete`, refresh tokens that
 * rotate. The profile is Microsoft Graph `GET /me`. Entra has no endpoint that revokes one
 * token (only "revoke all sessions of the user", too broad for a bot), so logout forgets the
 * tokens here and the refresh token dies by its own lifetime.
 *
 * @see https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code
 */
export class MicrosoftProvider extends Rfc8628Provider {
  readonly #http: HttpClient;
  readonly #graph: string;

  constructor(options: MicrosoftProviderOptions, http: HttpClient) {
    const clientId = requireSetting(
      options.clientId,
      'Microsoft clientId (MICROSOFT_CLIENT_ID)',
      'copy the Application (client) ID of your Entra app registration.',
    );
    const tenant = options.tenant ?? 'common';
    if (!tenantPattern.test(tenant)) {
      throw new ConfigurationError(
        `Microsoft tenant "${tenant}" should be common, organizations, consumers, ` +
          'a GUID or a domain.',
      );
    }
    const authority = requireEndpointUrl(
      options.authorityBaseUrl ?? 'https://login.microsoftonline.com',
      'Microsoft authorityBaseUrl',
    ).href.replace(/\/+$/, '');
    const graph = requireEndpointUrl(
      options.graphBaseUrl ?? 'https://graph.microsoft.com',
      'Microsoft graphBaseUrl',
    ).href.replace(/\/+$/, '');
    const base = `${authority}/${encodeURIComponent(tenant)}/oauth2/v2.0`;
    super(
      {
        id: options.id ?? 'microsoft',
        displayName: options.displayName ?? 'Microsoft',
        deviceAuthorizationEndpoint: `${base}/devicecode`,
        tokenEndpoint: `${base}/token`,
        clientId,
        clientAuthentication: 'none',
        scopes: options.scopes ?? ['openid', 'profile', 'email', 'offline_access', 'User.Read'],
        errorAliases: { authorization_declined: 'denied', code_expired: 'expired' },
        ...(options.clock ? { clock: options.clock } : {}),
      },
      http,
    );
    this.#http = http;
    this.#graph = graph;
  }

  /** Microsoft Graph `GET /me`: `id`, `displayName`, and `mail` or the sign-in name. */
  override async fetchProfile(
    tokens: TokenSet,
    context: ProviderCallContext = {},
  ): Promise<Profile> {
    const url = `${this.#graph}/v1.0/me`;
    const endpoint = `GET ${endpointOf(url)}`;
    const me = requireObject(await getProviderJson(this.#http, url, tokens, context), endpoint);
    const id = firstText(me['id']);
    if (id === undefined) {
      throw new ProviderError(ErrorCode.InvalidResponse, `${endpoint} answered without an id.`, {
        endpoint,
        status: 200,
      });
    }
    const upn = firstText(me['userPrincipalName']);
    const email = firstText(me['mail']) ?? (upn?.includes('@') ? upn : undefined);
    return {
      id,
      name: firstText(me['displayName'], upn) ?? `Microsoft user ${id}`,
      ...(email === undefined ? {} : { email }),
      raw: me,
    };
  }
}
