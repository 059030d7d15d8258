import type { DeviceAuthorization } from '../models/device-authorization.js';
import type { PollResult } from '../models/poll-result.js';
import type { Profile } from '../models/profile.js';
import type { TokenSet } from '../models/token-set.js';

/** Per-call context: cancelling a login aborts its request in flight through `signal`. */
export interface ProviderCallContext {
  readonly signal?: AbortSignal;
}

/**
 * One provider's wire format. Providers know nothing of sessions, schedules or chat platforms;
 * the engine drives them.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628
 */
export interface DeviceFlowProvider {
  /** Key of the provider in the engine and the stores, such as `facebook`. */
  readonly id: string;
  /** Name shown to chat users, such as `Facebook`. */
  readonly displayName: string;

  /**
   * Requests a device code and a user code (RFC 8628 §3.1).
   *
   * @throws ProviderError `BOTLOGIN_PROVIDER_ERROR` when the provider refuses, or
   *   `BOTLOGIN_INVALID_RESPONSE` when its answer is unusable; TransportError when it is silent.
   */
  startDeviceAuthorization(context?: ProviderCallContext): Promise<DeviceAuthorization>;

  /**
   * Polls the token endpoint once and classifies the answer (RFC 8628 §3.4, §3.5). Answers of
   * every kind, and transport failures, become a `PollResult`; only an abort throws.
   *
   * @throws TransportError `BOTLOGIN_ABORTED` when `context.signal` aborts the request.
   */
  pollToken(deviceCode: string, context?: ProviderCallContext): Promise<PollResult>;

  /** Fetches who logged in. */
  fetchProfile(tokens: TokenSet, context?: ProviderCallContext): Promise<Profile>;

  /**
   * Exchanges a refresh token for fresh tokens, where the provider issues refresh tokens.
   *
   * @throws ProviderError `BOTLOGIN_REFRESH_REJECTED` when the provider refuses the refresh token.
   */
  refresh?(tokens: TokenSet, context?: ProviderCallContext): Promise<TokenSet>;

  /**
   * True when `refresh` renews the access token itself, without a refresh token (Facebook's
   * long-lived token exchange); otherwise the engine only refreshes tokens that have one.
   */
  readonly renewsAccessToken?: boolean;

  /** Revokes the tokens at the provider, where it offers a way to. */
  revoke?(tokens: TokenSet, context?: ProviderCallContext): Promise<void>;
}
