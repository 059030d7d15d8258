import type { Logger } from '@botlogin/core';
import type { Telegram } from 'telegraf';
import {
  classifyTelegramError,
  errorCodeOf,
  retryAfterMsOf,
  type TelegramErrorKind,
} from '../calculations/classify-telegram-error.js';
import { TelegramTransientError } from '../errors/telegram-transient-error.js';
import type { TelegramDelivery } from '../models/telegram-delivery.js';
import type { TelegramMessage } from '../models/telegram-message.js';

/**
 * How an edit went: `edited`; `unchanged` (Telegram said "message is not modified", so it
 * already shows this); `resent` (the message was gone or could no longer be edited, so the
 * text went out as a new message); `failed` (logged, nothing shown).
 */
export type EditResult = 'edited' | 'unchanged' | 'resent' | 'failed';

/**
 * Replaces a card's text, or its caption when it is a photo, and its buttons. Telegram's edit
 * errors are expected (the user deleted the message, it is too old) and are answered by sending
 * the text anew when that can help. Never throws, unless `throwWhenTransient` is set: then a 429
 * or 5xx is thrown as a {@link TelegramTransientError} for the caller to try again (editing to
 * the same content again is harmless: Telegram answers "message is not modified").
 *
 * @throws TelegramTransientError only with `throwWhenTransient`.
 * @see https://core.telegram.org/bots/api#updating-messages
 */
export async function editCard(
  telegram: Telegram,
  delivery: TelegramDelivery,
  card: TelegramMessage,
  logger: Logger,
  options: { readonly resendWhenGone?: boolean; readonly throwWhenTransient?: boolean } = {},
): Promise<EditResult> {
  const context = { platform: 'telegram', messageKind: delivery.kind };
  try {
    if (delivery.kind === 'photo') {
      await telegram.editMessageCaption(delivery.chatId, delivery.messageId, undefined, card.text, {
        parse_mode: card.parse_mode,
        reply_markup: card.reply_markup,
      });
    } else {
      await telegram.editMessageText(delivery.chatId, delivery.messageId, undefined, card.text, {
        parse_mode: card.parse_mode,
        reply_markup: card.reply_markup,
        link_preview_options: { is_disabled: true },
      });
    }
    return 'edited';
  } catch (error) {
    const kind = classifyTelegramError(error);
    if (kind === 'not-modified') return 'unchanged';
    if (options.throwWhenTransient === true) throwIfTransient(kind, error, 'editMessage');
    if (kind !== 'message-gone' || options.resendWhenGone === false) {
      logger.warn('Editing a Telegram login card failed', { ...context, reason: kind });
      return 'failed';
    }
  }
  try {
    await telegram.sendMessage(delivery.chatId, card.text, {
      parse_mode: card.parse_mode,
      reply_markup: card.reply_markup,
      link_preview_options: { is_disabled: true },
    });
    return 'resent';
  } catch (error) {
    const kind = classifyTelegramError(error);
    logger.warn('Sending a Telegram login outcome failed', { ...context, reason: kind });
    if (options.throwWhenTransient === true) throwIfTransient(kind, error, 'sendMessage');
    return 'failed';
  }
}

function throwIfTransient(kind: TelegramErrorKind, error: unknown, method: string): void {
  if (kind !== 'rate-limited' && kind !== 'server-error') return;
  throw new TelegramTransientError(errorCodeOf(error) ?? 500, method, retryAfterMsOf(error), error);
}
