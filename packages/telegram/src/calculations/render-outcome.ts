import type { LoginView } from '@botlogin/core';
import type { Messages } from '../locales/messages.js';
import type { TelegramMessage } from '../models/telegram-message.js';
import { encodeButtonAction } from './callback-data.js';
import { escapeHtml } from './escape-html.js';

/**
 * Renders what a login card becomes once the login has ended: success with the profile name,
 * declined, expired (with a Try again button), failed with a short reason, or cancelled. The
 * code and link are gone from it, and so are the buttons, except Try again.
 *
 * Pure. Only ended logins reach it; a login still pending (which the presenter never gets)
 * renders like a cancelled one rather than failing.
 */
export function renderOutcome(
  login: LoginView,
  providerName: string,
  messages: Messages,
): TelegramMessage {
  const none = { inline_keyboard: [] };
  const text = (line: string) => `<b>${escapeHtml(line)}</b>`;
  switch (login.state) {
    case 'approved':
      return {
        text: text(messages.approved(providerName, login.outcome?.profile?.name)),
        parse_mode: 'HTML',
        reply_markup: none,
      };
    case 'denied':
      return { text: text(messages.denied(providerName)), parse_mode: 'HTML', reply_markup: none };
    case 'expired':
      return {
        text: text(messages.expired(providerName)),
        parse_mode: 'HTML',
        reply_markup: {
          inline_keyboard: [
            [
              {
                text: messages.tryAgainButton,
                callback_data: encodeButtonAction({ kind: 'retry', providerId: login.providerId }),
              },
            ],
          ],
        },
      };
    case 'failed': {
      const code = login.outcome?.errorCode ?? '';
      const reason = messages.failureReasons[code] ?? messages.failureReasons.default;
      return {
        text: text(messages.failed(providerName, reason)),
        parse_mode: 'HTML',
        reply_markup: none,
      };
    }
    case 'cancelled':
    case 'pending':
      return {
        text: text(messages.cancelled(providerName)),
        parse_mode: 'HTML',
        reply_markup: none,
      };
  }
}
