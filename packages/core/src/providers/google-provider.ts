import type { HttpClient } from '../actions/http-client.js';
import { requireEndpointUrl, requireSetting } from '../calculations/endpoint-url.js';
import type { DeviceAuthorization } from '../models/device-authorization.js';
import type { ProviderCallContext } from './device-flow-provider.js';
import { withHint } from './provider-hint.js';
import { Rfc8628Provider } from './rfc8628-provider.js';

export interface GoogleProviderOptions {
  /** The client id of an OAuth client of type "TVs and Limited Input devices". */
  readonly clientId: string;
  /** Required by Google's token endpoint, although such a client cannot keep it secret. */
  readonly clientSecret: string;
  /**
   * Only scopes on Google's device flow allow-list work (openid, email, profile, some Drive
   * and YouTube scopes). @defaultValue ['openid', 'email', 'profile']
   */
  readonly scopes?: readonly string[];
  /** @defaultValue 'https://oauth2.googleapis.com'; the emulator's `google.oauthUrl` offline. */
  readonly oauthBaseUrl?: string;
  /**
   * @defaultValue 'https://openidconnect.googleapis.com'; the emulator's `google.openidUrl`
   * offline.
   */
  readonly openidBaseUrl?: string;
  /** @defaultValue 'google' */
  readonly id?: string;
  /** @defaultValue 'Google' */
  readonly displayName?: string;
  readonly clock?: () => number;
}

/**
 * Google's "OAuth 2.0 for TV and Limited-Input Device Applications". Its deviations are read by
 * the shared RFC 8628 code: `verification_url` instead of `verification_uri`, pending under 428
 * and `slow_down`/`access_denied` under 403 (told apart by the body), and the `error_code` key
 * of quota errors. This preset adds the client secret Google requires, an actionable message
 * for scopes outside the device allow-list, the OpenID userinfo profile, refresh without
 * rotation and revocation at `/revoke`.
 *
 * @see https://developers.google.com/identity/protocols/oauth2/limited-input-device
 */
export class GoogleProvider extends Rfc8628Provider {
  constructor(options: GoogleProviderOptions, http: HttpClient) {
    const clientId = requireSetting(
      options.clientId,
      'Google clientId (GOOGLE_CLIENT_ID)',
      'create an OAuth client of type "TVs and Limited Input devices" in the Google Cloud console.',
    );
    const clientSecret = requireSetting(
      options.clientSecret,
      'Google clientSecret (GOOGLE_CLIENT_SECRET)',
      "Google's token endpoint requires it even for device clients; copy it from the same client.",
    );
    const oauth = requireEndpointUrl(
      options.oauthBaseUrl ?? 'https://oauth2.googleapis.com',
      'Google oauthBaseUrl',
    ).href.replace(/\/+$/, '');
    const openid = requireEndpointUrl(
      options.openidBaseUrl ?? 'https://openidconnect.googleapis.com',
      'Google openidBaseUrl',
    ).href.replace(/\/+$/, '');
    super(
      {
        id: options.id ?? 'google',
        displayName: options.displayName ?? 'Google',
        deviceAuthorizationEndpoint: `${oauth}/device/code`,
        tokenEndpoint: `${oauth}/token`,
        revocationEndpoint: `${oauth}/revoke`,
        userinfoEndpoint: `${openid}/v1/userinfo`,
        clientId,
        clientSecret,
        clientAuthentication: 'client_secret_post',
        scopes: options.scopes ?? ['openid', 'email', 'profile'],
        ...(options.clock ? { clock: options.clock } : {}),
      },
      http,
    );
  }

  override async startDeviceAuthorization(
    context?: ProviderCallContext,
  ): Promise<DeviceAuthorization> {
    try {
      return await super.startDeviceAuthorization(context);
    } catch (error) {
      throw withHint(error, {
        invalid_scope:
          "Google's device flow only allows some scopes (openid, email, profile, some Drive " +
          'and YouTube scopes); remove the others.',
        rate_limit_exceeded: "The Google project's device flow quota is used up; try again later.",
        invalid_client:
          'Check GOOGLE_CLIENT_ID and that the client type is "TVs and Limited Input devices".',
      });
    }
  }
}
