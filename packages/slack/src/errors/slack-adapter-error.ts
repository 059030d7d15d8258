const brand = Symbol.for('@botlogin/slack/SlackAdapterError');

/** Stable codes of the Slack adapter's errors. Match on these, never on message text. */
export const SlackErrorCode = {
  /** The adapter was set up with options that cannot work. */
  Configuration: 'BOTLOGIN_SLACK_CONFIGURATION',
  /** A message broke a Block Kit limit (text length, ids, block count). */
  BlockKitLimit: 'BOTLOGIN_SLACK_BLOCK_KIT_LIMIT',
  /** A session's delivery handle is not one this adapter wrote. */
  BadDeliveryHandle: 'BOTLOGIN_SLACK_BAD_DELIVERY_HANDLE',
  /** A `response_url` refused the message, was used up, or is not a Slack address. */
  ResponseUrl: 'BOTLOGIN_SLACK_RESPONSE_URL',
  /** No way left to reach the user: response_url, ephemeral and direct message all failed. */
  Delivery: 'BOTLOGIN_SLACK_DELIVERY',
} as const;

export type SlackErrorCode = (typeof SlackErrorCode)[keyof typeof SlackErrorCode];

/**
 * Base of every error the Slack adapter throws. Messages never carry a token, a device code or a
 * `response_url` (which lets anyone post into the user's conversation while it lives).
 */
export class SlackAdapterError extends Error {
  readonly code: SlackErrorCode;
  readonly [brand] = true;

  constructor(code: SlackErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SlackAdapterError';
    this.code = code;
  }

  /** True for any Slack adapter error, even one from another copy of this package. */
  static is(value: unknown): value is SlackAdapterError {
    return typeof value === 'object' && value !== null && brand in value;
  }
}
