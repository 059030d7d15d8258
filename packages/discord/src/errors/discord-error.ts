const brand = Symbol.for('@botlogin/discord/DiscordError');

/** Stable codes of the Discord adapter's errors. Match on these, never on message text. */
export const DiscordErrorCode = {
  /** A rendered message breaks one of Discord's limits (lengths, button rules). */
  Limit: 'BOTLOGIN_DISCORD_LIMIT',
  /** The adapter was set up with a missing or malformed setting. */
  Configuration: 'BOTLOGIN_DISCORD_CONFIGURATION',
  /** A delivery handle read back from a store is not one this adapter wrote. */
  BadDelivery: 'BOTLOGIN_DISCORD_BAD_DELIVERY',
} as const;

export type DiscordErrorCode = (typeof DiscordErrorCode)[keyof typeof DiscordErrorCode];

/**
 * Base of every error the Discord adapter throws. Messages never carry an interaction token,
 * bot token or user code.
 */
export class DiscordError extends Error {
  readonly code: DiscordErrorCode;
  readonly [brand] = true;

  constructor(code: DiscordErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiscordError';
    this.code = code;
  }

  /** True for any Discord adapter error, even one from another copy of this package. */
  static is(value: unknown): value is DiscordError {
    return typeof value === 'object' && value !== null && brand in value;
  }
}
