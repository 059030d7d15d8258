/**
 * Tokens granted at the end of a login, normalised across providers.
 *
 * `expiresAt` is absent when the provider gave no lifetime (or Facebook's `expires_in: 0`,
 * which its SDK reads as "no expiry").
 */
export interface TokenSet {
  readonly accessToken: string;
  readonly tokenType: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  readonly scopes: readonly string[];
  /** Epoch milliseconds. */
  readonly expiresAt?: number;
  /** Epoch milliseconds. */
  readonly obtainedAt: number;
}
