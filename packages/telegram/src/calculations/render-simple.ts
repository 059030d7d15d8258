import type { Messages } from '../locales/messages.js';
import type { TelegramMessage } from '../models/telegram-message.js';
import { encodeButtonAction } from './callback-data.js';
import { escapeHtml } from './escape-html.js';
import { deepLink } from './start-payload.js';

/**
 * The answer to `/login` in a group: no code, only a button opening the private chat with the
 * bot through a deep link whose `start` payload begins the login there.
 *
 * @see https://core.telegram.org/bots/features#deep-linking
 */
export function renderGroupRedirect(
  botUsername: string,
  payload: string,
  messages: Messages,
): TelegramMessage {
  return {
    text: escapeHtml(messages.groupRedirect),
    parse_mode: 'HTML',
    reply_markup: {
      inline_keyboard: [
        [{ text: messages.groupRedirectButton, url: deepLink(botUsername, payload) }],
      ],
    },
  };
}

/** The provider choice shown by `/login` when several providers are configured. */
export function renderProviderChoice(
  providers: readonly { readonly id: string; readonly displayName: string }[],
  messages: Messages,
): TelegramMessage {
  return {
    text: escapeHtml(messages.chooseProvider),
    parse_mode: 'HTML',
    reply_markup: {
      inline_keyboard: providers.map((provider) => [
        {
          text: provider.displayName,
          callback_data: encodeButtonAction({ kind: 'choose', providerId: provider.id }),
        },
      ]),
    },
  };
}

/** Plain sentences as an HTML message without buttons. */
export function renderText(lines: readonly string[]): TelegramMessage {
  return {
    text: lines.map(escapeHtml).join('\n'),
    parse_mode: 'HTML',
    reply_markup: { inline_keyboard: [] },
  };
}
