import type { Context, Telegraf } from 'telegraf';
import { telegramPlatform } from './models/telegram-delivery.js';
import { TelegramLogin, type TelegramLoginOptions } from './services/telegram-login.js';

/**
 * Adds botlogin to a telegraf bot: mounts the `/login`, `/logout`, `/whoami` and button
 * handlers and registers the presenter that edits cards when logins end. Call
 * `registerCommands(bot.telegram)` once at start-up to fill Telegram's command menu.
 *
 * @example
 * ```ts
 * const botlogin = createBotlogin({ providers: [{ type: 'facebook', appId, clientToken }] });
 * const bot = new Telegraf(process.env.TELEGRAM_BOT_TOKEN!);
 * const telegramLogin = createTelegramLogin(bot, { login: botlogin.login });
 * await telegramLogin.registerCommands(bot.telegram);
 * await bot.launch();
 * ```
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when a provider id does not fit
 *   Telegram's callback data.
 */
export function createTelegramLogin<C extends Context>(
  bot: Telegraf<C>,
  options: TelegramLoginOptions,
): TelegramLogin {
  const adapter = new TelegramLogin(bot.telegram, options);
  bot.use(adapter.middleware());
  options.login.registerPresenter(telegramPlatform, adapter.presenter);
  return adapter;
}
