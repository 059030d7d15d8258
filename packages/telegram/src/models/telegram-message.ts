import type { InlineKeyboardMarkup } from 'telegraf/types';

/**
 * A message ready for `sendMessage`, `editMessageText` or, as a caption, `sendPhoto` and
 * `editMessageCaption`: HTML text and an inline keyboard (empty to remove the buttons).
 */
export interface TelegramMessage {
  readonly text: string;
  readonly parse_mode: 'HTML';
  readonly reply_markup: InlineKeyboardMarkup;
}

/** Telegram's limits on a message text and a media caption, in characters after parsing. */
export const maxTextLength = 4096;
export const maxCaptionLength = 1024;
