import type { LoginView } from '@botlogin/core';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { Messages } from '../locales/messages.js';
import type { TelegramMessage } from '../models/telegram-message.js';
import { encodeButtonAction } from './callback-data.js';
import { canBeButtonUrl } from './can-be-button-url.js';
import { escapeHtml } from './escape-html.js';
import { formatUtcTime, minutesBetween } from './format-utc-time.js';

/** What the pending card shows besides the login itself. */
export interface PendingCardContext {
  readonly providerName: string;
  /** How the chat user who asked is named on the card, e.g. `Ada (@ada)`. */
  readonly requesterName: string;
  /** Show the link as text even where a button would do, after Telegram refused the button. */
  readonly linkAsText?: boolean;
}

/**
 * Renders the card of a pending login: the user code in a `<code>` entity (a tap copies it),
 * how long it is valid, who asked for it, a URL button to the verification page (the complete
 * URI where the provider gave one) and a Cancel button. When Telegram would refuse the URL as a
 * button (loopback, `http://localhost`), the link is written in the text instead.
 *
 * Pure: the same login, context and messages always give the same payload.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3.3
 * @see https://core.telegram.org/bots/api#formatting-options
 */
export function renderPendingCard(
  login: LoginView,
  context: PendingCardContext,
  messages: Messages,
): TelegramMessage {
  const link = login.verificationUriComplete ?? login.verificationUri;
  const asButton = context.linkAsText !== true && canBeButtonUrl(link);
  const lines = [
    `<b>${escapeHtml(messages.cardTitle(context.providerName))}</b>`,
    '',
    `${escapeHtml(messages.codeLabel)} <code>${escapeHtml(login.userCode)}</code>`,
    `<i>${escapeHtml(messages.tapToCopy)}</i>`,
    '',
    ...(asButton
      ? [escapeHtml(messages.openWithButton)]
      : [escapeHtml(messages.openLinkAsText), `<code>${escapeHtml(link)}</code>`]),
    escapeHtml(
      messages.validity(
        minutesBetween(login.createdAt, login.expiresAt),
        formatUtcTime(login.expiresAt),
      ),
    ),
    '',
    escapeHtml(`${messages.requestedBy(context.requesterName)} ${messages.onlyIfYouAsked}`),
  ];
  const cancel: InlineKeyboardButton = {
    text: messages.cancelButton,
    callback_data: encodeButtonAction({ kind: 'cancel', loginId: login.id }),
  };
  const keyboard: InlineKeyboardButton[][] = asButton
    ? [[{ text: messages.openButton(context.providerName), url: link }], [cancel]]
    : [[cancel]];
  return {
    text: lines.join('\n'),
    parse_mode: 'HTML',
    reply_markup: { inline_keyboard: keyboard },
  };
}
