/**
 * A provider's answer to a device authorization request, normalised.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3.2
 */
export interface DeviceAuthorization {
  /** Secret for the life of the login: never logged, shown or sent anywhere but the provider. */
  readonly deviceCode: string;
  /** Shown to the user exactly as received (RFC 8628 §6.1; Google's codes are case-sensitive). */
  readonly userCode: string;
  readonly verificationUri: string;
  readonly verificationUriComplete?: string;
  /** Lifetime of the codes in seconds, as the provider gave it. */
  readonly expiresIn: number;
  /** Minimum seconds between polls; the RFC's default of 5 when the provider gave none. */
  readonly interval: number;
  /** Human-readable instructions some providers add (Microsoft's `message`). */
  readonly message?: string;
}
