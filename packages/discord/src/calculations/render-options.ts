import type { LocaleTables } from '../i18n/localize.js';

/** What rendering needs besides the login itself. */
export interface RenderOptions {
  /** The Discord locale of the user, such as `en-US` or `de`. */
  readonly locale: string;
  /** The provider's display name, such as `Facebook`. */
  readonly providerName: string;
  /** Attach the verification link as a QR code PNG. @defaultValue false */
  readonly qrCode?: boolean;
  /** The card is shown again for a second /login while this one is pending. */
  readonly alreadyPending?: boolean;
  /** Locale tables to use instead of the shipped ones. */
  readonly tables?: LocaleTables;
}

/** Embed colours, Discord's own palette. */
export const Colors = {
  pending: 0x5865f2,
  approved: 0x57f287,
  denied: 0xed4245,
  failed: 0xed4245,
  expired: 0xfee75c,
  cancelled: 0x99aab5,
} as const;

/** File name of the QR code attachment, referenced by the embed as `attachment://qr.png`. */
export const qrFileName = 'qr.png';
