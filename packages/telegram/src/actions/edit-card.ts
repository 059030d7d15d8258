import type { Logger } from '@botlogin/core';
import type { Telegram } from 'telegraf';
import { classifyTelegramError } from '../calculations/classify-telegram-error.js';
import type { TelegramDelivery } from '../models/telegram-delivery.js';
import type { TelegramMessage } from '../models/telegram-message.js';

/**
 * How an edit went: `edited`; `unchanged` (Telegram said "message is not modified", so it
 * already shows this); `resent` (the message was gone or could no longer be edited, so the
 * text went out as a new message); `failed` (logged, nothing shown).
 */
export type EditResult = 'edited' | 'unchanged' | 'resent' | 'failed';

/**
 * Replaces a card's text, or its caption when it is a photo, and its buttons. Never throws:
 * Telegram's edit errors are expected (the user deleted the message, it is too old) and are
 * answered by sending the text anew when that can help.
 *
 * @see https://core.telegram.org/bots/api#updating-messages
 */
export async function editCard(
  telegram: Telegram,
  delivery: TelegramDelivery,
  card: TelegramMessage,
  logger: Logger,
  options: { readonly resendWhenGone?: boolean } = {},
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
    logger.warn('Sending a Telegram login outcome failed', {
      ...context,
      reason: classifyTelegramError(error),
    });
    return 'failed';
  }
}
