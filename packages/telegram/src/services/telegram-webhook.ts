import { ConfigurationError } from '@botlogin/core';
import type { Context, Telegraf } from 'telegraf';

export interface TelegramWebhookOptions {
  /** The path Telegram posts to, e.g. `/telegram/webhook`. */
  readonly path: string;
  /**
   * The `secret_token` given to setWebhook: 1–256 characters of `A-Z a-z 0-9 _ -`. Requests
   * without the same `X-Telegram-Bot-Api-Secret-Token` header are refused with 403.
   */
  readonly secretToken: string;
}

/**
 * The webhook request listener of a bot, which requires Telegram's secret token header, so that
 * nobody who guesses the URL can post updates (and start logins) in a user's name.
 *
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` for a missing or malformed secret or path.
 * @see https://core.telegram.org/bots/api#setwebhook
 */
export function telegramWebhook<C extends Context>(
  bot: Telegraf<C>,
  options: TelegramWebhookOptions,
): ReturnType<Telegraf<C>['webhookCallback']> {
  if (
    typeof options.secretToken !== 'string' ||
    !/^[A-Za-z0-9_-]{1,256}$/.test(options.secretToken)
  ) {
    throw new ConfigurationError(
      'The Telegram webhook secret token must be 1-256 characters of A-Z, a-z, 0-9, _ and -.',
    );
  }
  if (typeof options.path !== 'string' || !options.path.startsWith('/')) {
    throw new ConfigurationError('The Telegram webhook path must start with "/".');
  }
  return bot.webhookCallback(options.path, { secretToken: options.secretToken });
}
