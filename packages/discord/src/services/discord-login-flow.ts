import {
  BotloginError,
  type ChatUser,
  ErrorCode,
  type Logger,
  LoginError,
  type LoginService,
  silentLogger,
} from '@botlogin/core';
import { decodeButton } from '../calculations/custom-ids.js';
import { renderLoginCard } from '../calculations/render-login-card.js';
import { renderNotice } from '../calculations/render-notice.js';
import { type LocaleTables, localize } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';
import {
  type CommandAction,
  type CommandTexts,
  defaultCommandTexts,
} from '../models/command-texts.js';
import {
  type DiscordAdapterOptions,
  interactionTokenLifetimeMs,
} from '../models/discord-adapter-options.js';
import { discordPlatform, toDeliveryHandle } from '../models/discord-delivery.js';
import type {
  IncomingButton,
  IncomingCommand,
  IncomingInteraction,
} from '../models/incoming-interaction.js';
import type { InteractionResponder } from '../models/interaction-responder.js';

/**
 * The login flow on Discord, independent of how interactions arrive: `/login`, `/logout`,
 * `/whoami` and the Cancel and Try again buttons. The gateway and HTTP integrations turn their
 * interactions into {@link IncomingInteraction}s and hand them here with a responder.
 */
export class DiscordLoginFlow {
  readonly texts: CommandTexts;
  readonly #login: LoginService;
  readonly #locales: LocaleTables | undefined;
  readonly #qrCode: boolean;
  readonly #clock: { now(): number };
  readonly #logger: Logger;

  constructor(options: DiscordAdapterOptions) {
    this.texts = { ...defaultCommandTexts, ...options.commands };
    this.#login = options.login;
    this.#locales = options.locales;
    this.#qrCode = options.qrCode ?? true;
    this.#clock = options.clock ?? { now: () => Date.now() };
    this.#logger = options.logger ?? silentLogger;
  }

  /** The command a name stands for, or undefined when it is not one of the adapter's. */
  commandAction(name: string): CommandAction | undefined {
    const actions: CommandAction[] = ['login', 'logout', 'whoami'];
    return actions.find((action) => this.texts[action].name === name);
  }

  /** Whether the adapter answers this interaction (its commands and buttons only). */
  owns(interaction: IncomingInteraction): boolean {
    return interaction.kind === 'command'
      ? this.commandAction(interaction.commandName) !== undefined
      : decodeButton(interaction.customId) !== undefined;
  }

  /** The provider's display name, or its id when it is not configured any more. */
  providerName(providerId: string): string {
    return this.#login.listProviders().find((p) => p.id === providerId)?.displayName ?? providerId;
  }

  /**
   * Answers one interaction. Never throws: failures are logged and the user gets a polite
   * ephemeral message where the interaction still allows one.
   */
  async handle(interaction: IncomingInteraction, responder: InteractionResponder): Promise<void> {
    const m = localize(interaction.locale, this.#locales);
    const answered = { first: false };
    const tracked = trackFirstResponse(responder, answered);
    try {
      if (interaction.kind === 'button') {
        await this.#onButton(interaction, tracked, m);
        return;
      }
      switch (this.commandAction(interaction.commandName)) {
        case 'login':
          return await this.#onLogin(interaction, tracked, m);
        case 'logout':
          return await this.#onLogout(interaction, tracked, m);
        case 'whoami':
          return await this.#onWhoami(interaction, tracked, m);
        case undefined:
          return;
      }
    } catch (error) {
      this.#logger.error('Answering a Discord interaction failed', {
        kind: interaction.kind,
        error: BotloginError.is(error)
          ? error.code
          : error instanceof Error
            ? error.name
            : 'unknown',
      });
      const notice = renderNotice(m.somethingWentWrong());
      try {
        if (answered.first) await responder.editOriginal(notice);
        else await responder.replyEphemeral(notice);
      } catch {
        // The interaction is beyond answering (Discord down, token gone); the log says why.
      }
    }
  }

  async #onLogin(command: IncomingCommand, r: InteractionResponder, m: Messages): Promise<void> {
    const providers = this.#login.listProviders();
    const asked = command.options[this.texts.providerOption.name];
    const provider =
      asked === undefined && providers.length === 1
        ? providers[0]
        : providers.find((p) => p.id === asked);
    if (provider === undefined) {
      await r.replyEphemeral(
        renderNotice(m.unknownProvider(providers.map((p) => p.displayName).join(', '))),
      );
      return;
    }
    // Starting asks the provider for a code, which may take longer than Discord's 3 seconds.
    await r.deferEphemeral();
    await this.#showLogin(command, r, m, provider.id);
  }

  /** Starts (or finds) the login, shows its card and keeps the handle to update it. */
  async #showLogin(
    interaction: IncomingInteraction,
    r: InteractionResponder,
    m: Messages,
    providerId: string,
  ): Promise<void> {
    const providerName = this.providerName(providerId);
    let started: Awaited<ReturnType<LoginService['start']>>;
    try {
      started = await this.#login.start({
        chatUser: chatUserOf(interaction),
        providerId,
        locale: interaction.locale,
      });
    } catch (error) {
      if (LoginError.is(error) && error.code === ErrorCode.RateLimited) {
        const seconds = Math.ceil(((error as LoginError).retryAfterMs ?? 60_000) / 1000);
        await r.editOriginal(renderNotice(m.rateLimited(seconds)));
        return;
      }
      this.#logger.warn('Starting a login failed', {
        providerId,
        error: BotloginError.is(error) ? error.code : 'unknown',
      });
      await r.editOriginal(renderNotice(m.startFailed(providerName)));
      return;
    }
    const card = renderLoginCard(started.login, {
      locale: interaction.locale,
      providerName,
      qrCode: this.#qrCode,
      alreadyPending: !started.created,
      ...(this.#locales === undefined ? {} : { tables: this.#locales }),
    });
    // The card goes up before the handle is kept, so an outcome edit can never be overwritten by
    // the pending card; if the login ended meanwhile, attaching shows the outcome at once.
    await r.editOriginal(card);
    await this.#login.attachDelivery(started.login.id, this.#deliveryOf(interaction));
  }

  async #onButton(button: IncomingButton, r: InteractionResponder, m: Messages): Promise<void> {
    const action = decodeButton(button.customId);
    if (action === undefined) return;
    if (action.action === 'retry') {
      if (action.userId !== button.user.id) {
        await r.replyEphemeral(renderNotice(m.notYourButton()));
        return;
      }
      await r.deferUpdate();
      await this.#showLogin(button, r, m, action.providerId);
      return;
    }

    const login = await this.#login.get(action.loginId);
    if (login === undefined) {
      await r.replyEphemeral(renderNotice(m.loginGone()));
      return;
    }
    if (login.chatUser.platform !== discordPlatform || login.chatUser.userId !== button.user.id) {
      await r.replyEphemeral(renderNotice(m.notYourButton()));
      return;
    }
    await r.deferUpdate();
    if (login.state !== 'pending') return; // a double click: the outcome is already shown
    // The click's token is fresh for 15 minutes and edits the same message, so the outcome is
    // shown through it even when the /login token has run out.
    await this.#login.attachDelivery(login.id, this.#deliveryOf(button));
    await this.#login.cancel(login.id, chatUserOf(button));
  }

  async #onLogout(command: IncomingCommand, r: InteractionResponder, m: Messages): Promise<void> {
    // Revoking at the provider is a network call: defer first.
    await r.deferEphemeral();
    const chatUser = chatUserOf(command);
    const asked = command.options[this.texts.providerOption.name];
    const providerIds =
      asked === undefined
        ? (await this.#login.listLogins(chatUser)).map((stored) => stored.providerId)
        : [asked];
    const loggedOut: string[] = [];
    for (const providerId of providerIds) {
      if (await this.#login.logout(chatUser, providerId)) {
        loggedOut.push(this.providerName(providerId));
      }
    }
    await r.editOriginal(
      renderNotice(loggedOut.length === 0 ? m.notLoggedIn() : m.loggedOut(loggedOut.join(', '))),
    );
  }

  async #onWhoami(command: IncomingCommand, r: InteractionResponder, m: Messages): Promise<void> {
    const logins = await this.#login.listLogins(chatUserOf(command));
    if (logins.length === 0) {
      await r.replyEphemeral(renderNotice(m.whoamiNone()));
      return;
    }
    const lines = logins.map((stored) =>
      m.whoamiLine(this.providerName(stored.providerId), stored.profile?.name ?? '—'),
    );
    await r.replyEphemeral(renderNotice(lines.join('\n'), m.whoamiTitle()));
  }

  #deliveryOf(interaction: IncomingInteraction) {
    return toDeliveryHandle({
      applicationId: interaction.applicationId,
      interactionToken: interaction.token,
      tokenExpiresAt: interaction.receivedAt + interactionTokenLifetimeMs,
      userId: interaction.user.id,
      locale: interaction.locale,
    });
  }

  /** Epoch milliseconds now, by the adapter's clock. */
  now(): number {
    return this.#clock.now();
  }
}

function chatUserOf(interaction: IncomingInteraction): ChatUser {
  return { platform: discordPlatform, userId: interaction.user.id };
}

/** Wraps a responder to note whether an initial response went out, for the error path. */
function trackFirstResponse(
  responder: InteractionResponder,
  answered: { first: boolean },
): InteractionResponder {
  const mark =
    <A extends unknown[]>(call: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await call(...args);
      answered.first = true;
    };
  return {
    deferEphemeral: mark(() => responder.deferEphemeral()),
    deferUpdate: mark(() => responder.deferUpdate()),
    replyEphemeral: mark((message) => responder.replyEphemeral(message)),
    editOriginal: (message) => responder.editOriginal(message),
  };
}
