import type { Telegram } from 'telegraf';
import { Input } from 'telegraf';
import type { Message } from 'telegraf/types';
import { classifyTelegramError } from '../calculations/classify-telegram-error.js';
import { maxCaptionLength, type TelegramMessage } from '../models/telegram-message.js';

/** A sent card: its message id and whether it is a text or a photo with a caption. */
export interface SentCard {
  readonly messageId: number;
  readonly kind: 'text' | 'photo';
}

/**
 * Sends a card to a chat, as a QR-code photo with the card as its caption when a PNG is given
 * (and the caption fits), else as a text message. When Telegram refuses a button's URL, sends
 * `fallback` instead, which shows the link as text.
 *
 * @throws the Bot API error (`TelegramError`) for anything but a refused button URL.
 */
export async function sendCard(
  telegram: Telegram,
  chatId: number,
  card: TelegramMessage,
  options: { readonly qrPng?: Buffer; readonly fallback?: TelegramMessage } = {},
): Promise<SentCard> {
  try {
    return await send(telegram, chatId, card, options.qrPng);
  } catch (error) {
    if (options.fallback === undefined || classifyTelegramError(error) !== 'button-url') {
      throw error;
    }
    return send(telegram, chatId, options.fallback, options.qrPng);
  }
}

async function send(
  telegram: Telegram,
  chatId: number,
  card: TelegramMessage,
  qrPng: Buffer | undefined,
): Promise<SentCard> {
  // The raw HTML is never shorter than the parsed caption, so this errs towards a text message.
  if (qrPng !== undefined && card.text.length <= maxCaptionLength) {
    const photo: Message.PhotoMessage = await telegram.sendPhoto(
      chatId,
      Input.fromBuffer(qrPng, 'login-qr.png'),
      { caption: card.text, parse_mode: card.parse_mode, reply_markup: card.reply_markup },
    );
    return { messageId: photo.message_id, kind: 'photo' };
  }
  const message = await telegram.sendMessage(chatId, card.text, {
    parse_mode: card.parse_mode,
    reply_markup: card.reply_markup,
    link_preview_options: { is_disabled: true },
  });
  return { messageId: message.message_id, kind: 'text' };
}
