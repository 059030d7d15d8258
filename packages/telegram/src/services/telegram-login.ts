import {
  BotloginError,
  type ChatUser,
  ErrorCode,
  type Logger,
  type LoginService,
  silentLogger,
} from '@botlogin/core';
import { Composer, type Context, type MiddlewareFn, type Telegram } from 'telegraf';
import type { User } from 'telegraf/types';
import { editCard } from '../actions/edit-card.js';
import { renderQrCode } from '../actions/render-qr-code.js';
import { sendCard } from '../actions/send-card.js';
import {
  type ButtonAction,
  decodeButtonAction,
  encodeButtonAction,
} from '../calculations/callback-data.js';
import { classifyTelegramError } from '../calculations/classify-telegram-error.js';
import { renderPendingCard } from '../calculations/render-pending-card.js';
import {
  renderGroupRedirect,
  renderProviderChoice,
  renderText,
} from '../calculations/render-simple.js';
import { loginStartPayload, readLoginStartPayload } from '../calculations/start-payload.js';
import type { Messages } from '../locales/messages.js';
import { catalogues, localeOf, messagesFor } from '../locales/messages-for.js';
import {
  readTelegramDelivery,
  telegramPlatform,
  toDeliveryHandle,
} from '../models/telegram-delivery.js';
import type { TelegramMessage } from '../models/telegram-message.js';
import { providerName, TelegramPresenter } from './telegram-presenter.js';

export interface TelegramLoginOptions {
  /** The engine, from `createBotlogin(...).login`. */
  readonly login: LoginService;
  /**
   * Send the card as a photo of the link's QR code, with the card as its caption.
   * @defaultValue false
   */
  readonly qrCode?: boolean;
  /** @defaultValue silent */
  readonly logger?: Logger;
  /** Extra catalogues by language (`fr`) or replacements of sentences; they win over ours. */
  readonly messages?: Readonly<Record<string, Partial<Messages>>>;
}

type Via = 'command' | 'button';

/**
 * The Telegram side of botlogin: `/login`, `/logout` and `/whoami`, the buttons of its cards,
 * and the presenter that edits a card when its login ends.
 *
 * Private by design: a login card (code and link) is only ever sent to the private chat of the
 * user who asked. In a group, `/login` answers with a deep link to that private chat, where the
 * `start` payload begins the login; a user who never started the bot gets there through
 * Telegram's own Start button, so the bot never writes to a chat it may not open.
 *
 * @see https://core.telegram.org/bots/features#deep-linking
 */
export class TelegramLogin {
  /** Register with `login.registerPresenter('telegram', …)`; `createTelegramLogin` does. */
  readonly presenter: TelegramPresenter;
  readonly #login: LoginService;
  readonly #logger: Logger;
  readonly #qrCode: boolean;
  readonly #extra: Readonly<Record<string, Partial<Messages>>>;

  /**
   * @param telegram - the Bot API client outcomes are shown with, usually `bot.telegram`.
   * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when a provider id is too long for
   *   Telegram's 64-byte callback data.
   */
  constructor(telegram: Telegram, options: TelegramLoginOptions) {
    this.#login = options.login;
    this.#logger = options.logger ?? silentLogger;
    this.#qrCode = options.qrCode ?? false;
    this.#extra = options.messages ?? {};
    for (const provider of this.#login.listProviders()) {
      encodeButtonAction({ kind: 'choose', providerId: provider.id });
    }
    this.presenter = new TelegramPresenter(telegram, this.#login, this.#logger, this.#extra);
  }

  /** The handlers, to mount with `bot.use(...)`. Updates it does not handle go to `next`. */
  middleware(): MiddlewareFn<Context> {
    const composer = new Composer<Context>();
    composer.command('login', (ctx) => this.#guard(ctx, () => this.#onLogin(ctx, ctx.payload)));
    composer.command('logout', (ctx) => this.#guard(ctx, () => this.#onLogout(ctx, ctx.payload)));
    composer.command('whoami', (ctx) => this.#guard(ctx, () => this.#onWhoami(ctx)));
    composer.start((ctx, next) => {
      const login = readLoginStartPayload(ctx.payload);
      if (login === undefined) return next();
      return this.#guard(ctx, () => this.#onLogin(ctx, login.providerId ?? ''));
    });
    composer.on('callback_query', (ctx, next) => {
      const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
      const action = decodeButtonAction(data);
      if (action === undefined) return next();
      return this.#guard(ctx, () => this.#onButton(ctx, action));
    });
    return composer.middleware();
  }

  /**
   * Publishes `/login`, `/logout` and `/whoami` in Telegram's command menu: English by default,
   * and each other catalogue for users of that language.
   *
   * @throws TelegramError from the Bot API, such as 401 for a wrong token.
   * @see https://core.telegram.org/bots/api#setmycommands
   */
  async registerCommands(telegram: Telegram): Promise<void> {
    const commandsOf = (messages: Messages) => [
      { command: 'login', description: messages.commands.login },
      { command: 'logout', description: messages.commands.logout },
      { command: 'whoami', description: messages.commands.whoami },
    ];
    await telegram.setMyCommands(commandsOf(messagesFor('en', this.#extra)));
    const locales = new Set([...Object.keys(catalogues), ...Object.keys(this.#extra)]);
    for (const locale of locales) {
      if (locale === 'en') continue;
      await telegram.setMyCommands(commandsOf(messagesFor(locale, this.#extra)), {
        language_code: locale,
      });
    }
  }

  async #onLogin(ctx: Context, argument: string): Promise<void> {
    const messages = this.#messagesOf(ctx);
    const providers = this.#login.listProviders();
    const asked = argument.trim();
    let providerId: string | undefined;
    if (asked !== '') {
      const wanted = asked.toLowerCase();
      providerId = providers.find(
        (p) => p.id.toLowerCase() === wanted || p.displayName.toLowerCase() === wanted,
      )?.id;
      if (providerId === undefined) {
        const known = providers.map((p) => p.id).join(', ');
        await this.#reply(ctx, renderText([messages.unknownProvider(asked, known)]));
        return;
      }
    } else if (providers.length === 1) {
      providerId = providers[0]?.id;
    }
    if (ctx.chat?.type !== 'private') {
      await this.#reply(ctx, renderGroupRedirect(ctx.me, loginStartPayload(providerId), messages));
      return;
    }
    if (providerId === undefined) {
      await this.#reply(ctx, renderProviderChoice(providers, messages));
      return;
    }
    await this.#begin(ctx, providerId, 'command');
  }

  /** Starts (or shows again) a login in the private chat and keeps where its card is. */
  async #begin(ctx: Context, providerId: string, via: Via): Promise<void> {
    const from = ctx.from;
    const chatId = ctx.chat?.id;
    if (from === undefined || chatId === undefined) return;
    const locale = localeOf(from.language_code);
    const messages = messagesFor(locale, this.#extra);
    let result: Awaited<ReturnType<LoginService['start']>>;
    try {
      result = await this.#login.start({ chatUser: chatUserOf(from), providerId, locale });
    } catch (error) {
      await this.#tellStartFailed(ctx, error, messages, via);
      return;
    }
    if (!result.created && via === 'button') {
      await this.#answer(ctx, messages.alreadyInProgress);
      return;
    }

    const login = result.login;
    const context = {
      providerName: providerName(this.#login, providerId),
      requesterName: requesterName(from),
    };
    const card = renderPendingCard(login, context, messages);
    const fallback = renderPendingCard(login, { ...context, linkAsText: true }, messages);
    const link = login.verificationUriComplete ?? login.verificationUri;
    const qrPng = this.#qrCode ? await renderQrCode(link) : undefined;
    const sent = await sendCard(ctx.telegram, chatId, card, {
      fallback,
      ...(qrPng === undefined ? {} : { qrPng }),
    });
    const previous = readTelegramDelivery(login.delivery);
    await this.#login.attachDelivery(
      login.id,
      toDeliveryHandle({ chatId, messageId: sent.messageId, kind: sent.kind, locale }),
    );
    if (previous !== undefined && previous.messageId !== sent.messageId) {
      // The pending card was shown anew below; the old one would otherwise never change.
      await editCard(ctx.telegram, previous, renderText([messages.continuedBelow]), this.#logger, {
        resendWhenGone: false,
      });
    }
    this.#logger.info('Telegram login card sent', {
      loginId: login.id,
      providerId,
      created: result.created,
      kind: sent.kind,
    });
    if (via === 'button') await this.#answer(ctx);
  }

  async #onButton(ctx: Context, action: ButtonAction): Promise<void> {
    const messages = this.#messagesOf(ctx);
    const from = ctx.from;
    if (from === undefined) return;
    if (action.kind === 'cancel') {
      try {
        const result = await this.#login.cancel(action.loginId, chatUserOf(from));
        await this.#answer(ctx, result.changed ? messages.cancelDone : messages.alreadyEnded);
      } catch (error) {
        if (BotloginError.is(error) && error.code === ErrorCode.NotAllowed) {
          await this.#answer(ctx, messages.notYourLogin, true);
        } else if (BotloginError.is(error) && error.code === ErrorCode.LoginNotFound) {
          await this.#answer(ctx, messages.alreadyEnded);
        } else {
          throw error;
        }
      }
      return;
    }
    const known = this.#login.listProviders().some((p) => p.id === action.providerId);
    if (!known || ctx.chat?.type !== 'private') {
      await this.#answer(ctx, known ? messages.privateOnly : messages.startFailed, true);
      return;
    }
    await this.#begin(ctx, action.providerId, 'button');
  }

  async #onLogout(ctx: Context, argument: string): Promise<void> {
    const messages = this.#messagesOf(ctx);
    if (ctx.from === undefined) return;
    if (ctx.chat?.type !== 'private') {
      await this.#reply(ctx, renderText([messages.privateOnly]));
      return;
    }
    const chatUser = chatUserOf(ctx.from);
    const asked = argument.trim().toLowerCase();
    const logins = await this.#login.listLogins(chatUser);
    const targets = logins
      .map((stored) => stored.providerId)
      .filter(
        (id) =>
          asked === '' ||
          id.toLowerCase() === asked ||
          providerName(this.#login, id).toLowerCase() === asked,
      );
    const lines: string[] = [];
    for (const providerId of targets) {
      if (await this.#login.logout(chatUser, providerId)) {
        lines.push(messages.loggedOut(providerName(this.#login, providerId)));
      }
    }
    await this.#reply(ctx, renderText(lines.length === 0 ? [messages.notLoggedIn] : lines));
  }

  async #onWhoami(ctx: Context): Promise<void> {
    const messages = this.#messagesOf(ctx);
    if (ctx.from === undefined) return;
    if (ctx.chat?.type !== 'private') {
      await this.#reply(ctx, renderText([messages.privateOnly]));
      return;
    }
    const logins = await this.#login.listLogins(chatUserOf(ctx.from));
    const lines = logins.map((stored) =>
      messages.loggedInAs(providerName(this.#login, stored.providerId), stored.profile?.name),
    );
    await this.#reply(ctx, renderText(lines.length === 0 ? [messages.notLoggedIn] : lines));
  }

  async #tellStartFailed(
    ctx: Context,
    error: unknown,
    messages: Messages,
    via: Via,
  ): Promise<void> {
    const code = BotloginError.is(error) ? error.code : 'unknown';
    this.#logger.warn('Starting a Telegram login failed', { platform: telegramPlatform, code });
    const retryAfterMs = (error as { retryAfterMs?: unknown }).retryAfterMs;
    const text =
      code === ErrorCode.RateLimited && typeof retryAfterMs === 'number'
        ? messages.rateLimited(Math.ceil(retryAfterMs / 1000))
        : messages.startFailed;
    if (via === 'button') await this.#answer(ctx, text, true);
    else await this.#reply(ctx, renderText([text]));
  }

  /** Replies in the chat of the update, quoting the command in groups. */
  async #reply(ctx: Context, message: TelegramMessage): Promise<void> {
    const quoted = ctx.message?.message_id;
    await ctx.reply(message.text, {
      parse_mode: message.parse_mode,
      ...(message.reply_markup.inline_keyboard.length === 0
        ? {}
        : { reply_markup: message.reply_markup }),
      link_preview_options: { is_disabled: true },
      ...(quoted === undefined || ctx.chat?.type === 'private'
        ? {}
        : { reply_parameters: { message_id: quoted, allow_sending_without_reply: true } }),
    });
  }

  /** Answers a button press (stopping the client's spinner); a stale query is no error. */
  async #answer(ctx: Context, text?: string, alert = false): Promise<void> {
    if (ctx.callbackQuery === undefined) return;
    try {
      await ctx.answerCbQuery(text, alert ? { show_alert: true } : undefined);
    } catch (error) {
      this.#logger.debug('Answering a Telegram button press failed', {
        reason: classifyTelegramError(error),
      });
    }
  }

  /**
   * Runs a handler so that nothing it throws reaches telegraf, whose default error handler
   * would stop long polling; the user gets a polite line instead.
   */
  async #guard(ctx: Context, task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (error) {
      this.#logger.error('A Telegram login handler failed', {
        platform: telegramPlatform,
        updateType: ctx.updateType,
        code: BotloginError.is(error) ? error.code : undefined,
        reason: classifyTelegramError(error),
      });
      const text = this.#messagesOf(ctx).somethingWentWrong;
      try {
        if (ctx.callbackQuery !== undefined) await this.#answer(ctx, text, true);
        else await this.#reply(ctx, renderText([text]));
      } catch {
        // Telegram is unreachable or refuses us; the error is logged above.
      }
    }
  }

  #messagesOf(ctx: Context): Messages {
    return messagesFor(localeOf(ctx.from?.language_code), this.#extra);
  }
}

/** A Telegram user as the core's chat user; Telegram user ids are global, so no tenant. */
export function chatUserOf(user: Pick<User, 'id'>): ChatUser {
  return { platform: telegramPlatform, userId: String(user.id) };
}

/** `Ada Lovelace (@ada)`: how the card names the user who asked. */
export function requesterName(user: Pick<User, 'first_name' | 'last_name' | 'username'>): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return user.username === undefined ? name : `${name} (@${user.username})`;
}
