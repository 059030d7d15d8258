import {
  type ChatUser,
  ErrorCode,
  type Logger,
  LoginError,
  type LoginService,
  type LoginView,
  type StoredLogin,
  type TokenSet,
} from '@botlogin/core';
import type { BotkitMessage, BotWorker } from 'botkit';
import { sendActivity } from '../actions/send-activity.js';
import { botkitPlatform, chatUserOf } from '../calculations/chat-user-of.js';
import { describeLoginError } from '../calculations/describe-login-error.js';
import { isGroupConversation } from '../calculations/is-group-conversation.js';
import { renderPending } from '../calculations/render-pending.js';
import type { CommandWords } from '../models/command-words.js';
import { deliveryDataOf } from './botkit-presenter.js';

/** What the API needs, with defaults resolved. */
export interface BotkitLoginApiSettings {
  readonly login: LoginService;
  readonly defaultProviderId: string;
  readonly words: CommandWords;
  readonly logger: Logger;
  readonly now: () => number;
}

/**
 * The login API a bot author's own handlers and dialogs use, exposed as
 * `controller.plugins.botlogin`. The `login`, `logout`, `whoami` and `cancel` commands are
 * thin calls into it. Every method that answers in chat answers politely on failure and never
 * throws; the token readers throw typed errors.
 */
export class BotkitLoginApi {
  /** The engine behind the plugin, for anything this API does not cover. */
  readonly login: LoginService;
  readonly #settings: BotkitLoginApiSettings;

  constructor(settings: BotkitLoginApiSettings) {
    this.login = settings.login;
    this.#settings = settings;
  }

  /** The chat user behind a message: channel and user id, never shared across channels. */
  chatUserOf(message: BotkitMessage): ChatUser | undefined {
    return chatUserOf(message);
  }

  /**
   * Starts a login for the message's user, or shows the one already waiting, in the same
   * conversation. The outcome is said later in that conversation by the presenter.
   *
   * @param providerId - @defaultValue the plugin's default provider
   * @returns the pending login, or undefined when none could be started (the user was told why)
   */
  async startLogin(
    bot: BotWorker,
    message: BotkitMessage,
    providerId?: string,
  ): Promise<LoginView | undefined> {
    const chatUser = chatUserOf(message);
    if (chatUser === undefined) return undefined;
    const provider = await this.#resolveProvider(bot, message, providerId);
    if (provider === undefined) return undefined;
    if (isGroupConversation(message) && chatUser.tenant !== 'slack') {
      // Slack gets the code ephemerally; elsewhere a group would see it (RFC 8628 §5.4).
      await this.#reply(bot, message, {
        text:
          'Login codes are only shown in a direct conversation. ' +
          `Message me directly and say "${this.#settings.words.login[0]}".`,
      });
      return undefined;
    }

    try {
      const { login, created } = await this.login.start({
        chatUser,
        providerId: provider.id,
        ...(message.incoming_message?.locale ? { locale: message.incoming_message.locale } : {}),
      });
      await this.#reply(
        bot,
        message,
        renderPending({
          login,
          providerName: provider.displayName,
          channelId: chatUser.tenant,
          now: this.#settings.now(),
          cancelWord: this.#settings.words.cancel[0] ?? 'cancel',
          again: !created,
        }),
      );
      return await this.login.attachDelivery(login.id, {
        platform: botkitPlatform,
        data: deliveryDataOf(message.reference),
      });
    } catch (error) {
      this.#report('Starting a login failed', error, provider.id);
      await this.#reply(bot, message, { text: describeLoginError(error, provider.displayName) });
      return undefined;
    }
  }

  /**
   * Cancels the user's waiting logins. The presenter then says "cancelled" in the conversation
   * each was started from.
   *
   * @returns how many logins were cancelled.
   */
  async cancelLogin(bot: BotWorker, message: BotkitMessage): Promise<number> {
    const chatUser = chatUserOf(message);
    if (chatUser === undefined) return 0;
    try {
      let cancelled = 0;
      for (const provider of this.login.listProviders()) {
        const pending = await this.login.findPending(chatUser, provider.id);
        if (pending === undefined) continue;
        const result = await this.login.cancel(pending.id, chatUser);
        if (result.changed) cancelled += 1;
      }
      if (cancelled === 0)
        await this.#reply(bot, message, { text: 'There is no login to cancel.' });
      return cancelled;
    } catch (error) {
      this.#report('Cancelling a login failed', error);
      await this.#reply(bot, message, { text: describeLoginError(error, 'the provider') });
      return 0;
    }
  }

  /**
   * Logs the user out of one provider, or of every provider when none is named.
   *
   * @returns how many logins were ended.
   */
  async logout(bot: BotWorker, message: BotkitMessage, providerId?: string): Promise<number> {
    const chatUser = chatUserOf(message);
    if (chatUser === undefined) return 0;
    try {
      const targets =
        providerId === undefined
          ? (await this.login.listLogins(chatUser)).map((stored) => stored.providerId)
          : [(await this.#resolveProvider(bot, message, providerId))?.id].filter(isString);
      if (providerId !== undefined && targets.length === 0) return 0;
      let ended = 0;
      for (const target of targets) {
        if (await this.login.logout(chatUser, target)) ended += 1;
      }
      const names = targets.map((target) => this.#displayName(target)).join(', ');
      await this.#reply(bot, message, {
        text: ended === 0 ? 'You are not logged in.' : `You are logged out of ${names}.`,
      });
      return ended;
    } catch (error) {
      this.#report('Logging out failed', error);
      await this.#reply(bot, message, { text: describeLoginError(error, 'the provider') });
      return 0;
    }
  }

  /** Tells the user whom they are logged in as, and which logins are waiting. */
  async whoami(bot: BotWorker, message: BotkitMessage): Promise<void> {
    const chatUser = chatUserOf(message);
    if (chatUser === undefined) return;
    try {
      const lines = (await this.login.listLogins(chatUser)).map((stored) => {
        const name = stored.profile?.name;
        const provider = this.#displayName(stored.providerId);
        return name === undefined
          ? `You are logged in to ${provider}.`
          : `You are logged in to ${provider} as ${name}.`;
      });
      for (const provider of this.login.listProviders()) {
        if ((await this.login.findPending(chatUser, provider.id)) !== undefined) {
          lines.push(`A login to ${provider.displayName} is waiting for approval.`);
        }
      }
      if (lines.length === 0) {
        lines.push(`You are not logged in. Say "${this.#settings.words.login[0]}" to log in.`);
      }
      await this.#reply(bot, message, { text: lines.join('\n') });
    } catch (error) {
      this.#report('Reading logins failed', error);
      await this.#reply(bot, message, { text: describeLoginError(error, 'the provider') });
    }
  }

  /**
   * The message user's stored login with a provider, refreshed first when it is about to
   * expire. For the author's own handlers that call the provider's API.
   *
   * @throws LoginError `BOTLOGIN_NOT_LOGGED_IN`; `BOTLOGIN_REFRESH_REJECTED` from a refresh.
   */
  async getLogin(message: BotkitMessage, providerId?: string): Promise<StoredLogin> {
    const chatUser = chatUserOf(message);
    if (chatUser === undefined) {
      throw new LoginError(ErrorCode.NotLoggedIn, 'The message has no user to look up.');
    }
    return this.login.getLogin(chatUser, providerId ?? this.#settings.defaultProviderId);
  }

  /**
   * The message user's tokens with a provider. Keep them out of chat and logs.
   *
   * @throws LoginError `BOTLOGIN_NOT_LOGGED_IN`.
   */
  async getTokens(message: BotkitMessage, providerId?: string): Promise<TokenSet> {
    return (await this.getLogin(message, providerId)).tokens;
  }

  async #resolveProvider(
    bot: BotWorker,
    message: BotkitMessage,
    providerId: string | undefined,
  ): Promise<{ id: string; displayName: string } | undefined> {
    const providers = this.login.listProviders();
    const wanted = (providerId ?? this.#settings.defaultProviderId).toLowerCase();
    const provider = providers.find((candidate) => candidate.id.toLowerCase() === wanted);
    if (provider !== undefined) return provider;
    const known = providers.map((candidate) => candidate.id).join(', ');
    await this.#reply(bot, message, {
      text: `I don't know "${providerId ?? wanted}". I can log you in to: ${known}.`,
    });
    return undefined;
  }

  #displayName(providerId: string): string {
    const provider = this.login.listProviders().find((candidate) => candidate.id === providerId);
    return provider?.displayName ?? providerId;
  }

  /**
   * Replies in the message's turn, logging instead of throwing when the adapter cannot send.
   * Not `bot.reply`: Botkit's send loses a failed send to an unhandled rejection.
   */
  async #reply(bot: BotWorker, _message: BotkitMessage, reply: Partial<BotkitMessage>) {
    try {
      // The turn context addresses the reply to the conversation the message came from.
      await sendActivity(bot, reply);
    } catch (error) {
      this.#report('Sending a reply failed', error);
    }
  }

  #report(what: string, error: unknown, providerId?: string): void {
    const code =
      typeof error === 'object' && error !== null && 'code' in error
        ? String((error as { code: unknown }).code)
        : error instanceof Error
          ? error.name
          : typeof error;
    this.#settings.logger.warn(what, { platform: botkitPlatform, providerId, error: code });
  }
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}
