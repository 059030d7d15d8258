import { ConfigurationError } from '@botlogin/core';

/** Telegram's limit on `callback_data`, in bytes. @see https://core.telegram.org/bots/api#inlinekeyboardbutton */
export const maxCallbackDataBytes = 64;

const prefix = 'bl';

/** What a button of ours asks for when pressed. */
export type ButtonAction =
  | { readonly kind: 'cancel'; readonly loginId: string }
  | { readonly kind: 'choose'; readonly providerId: string }
  | { readonly kind: 'retry'; readonly providerId: string };

const codes = { cancel: 'c', choose: 'p', retry: 'r' } as const;

/**
 * Encodes a button action as `callback_data`: `bl:<c|p|r>:<id>`. A login id is 12 characters,
 * so a cancel button takes 17 bytes.
 *
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when the data would pass 64 bytes, which
 *   only a provider id of more than 59 bytes can cause.
 */
export function encodeButtonAction(action: ButtonAction): string {
  const id = action.kind === 'cancel' ? action.loginId : action.providerId;
  const data = `${prefix}:${codes[action.kind]}:${id}`;
  if (Buffer.byteLength(data, 'utf8') > maxCallbackDataBytes) {
    throw new ConfigurationError(
      `The id "${id}" makes a Telegram button's callback_data longer than ` +
        `${maxCallbackDataBytes} bytes; give the provider a shorter id.`,
    );
  }
  return data;
}

/** Reads `callback_data` written by {@link encodeButtonAction}; undefined for anything else. */
export function decodeButtonAction(data: string | undefined): ButtonAction | undefined {
  const match = /^bl:([cpr]):(.+)$/s.exec(data ?? '');
  if (match === null) return undefined;
  const [, code, id] = match as unknown as [string, string, string];
  if (code === 'c') return { kind: 'cancel', loginId: id };
  if (code === 'p') return { kind: 'choose', providerId: id };
  return { kind: 'retry', providerId: id };
}
