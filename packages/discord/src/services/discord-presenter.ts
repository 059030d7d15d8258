import { type Logger, type LoginPresenter, type LoginView, silentLogger } from '@botlogin/core';
import { DiscordAPIError, type REST } from 'discord.js';
import { editOriginal } from '../actions/edit-original.js';
import { sendDirectMessage } from '../actions/send-direct-message.js';
import { renderOutcome } from '../calculations/render-outcome.js';
import { type LocaleTables, localize } from '../i18n/localize.js';
import { readDeliveryHandle } from '../models/discord-delivery.js';

/** Discord errors meaning the interaction webhook can no longer edit the message. */
const goneCodes = new Set([
  10008, // Unknown Message: the user dismissed the ephemeral message
  10015, // Unknown Webhook
  50027, // Invalid Webhook Token: older than 15 minutes
]);

/**
 * Tokens this close to their end are treated as gone: an edit sent at 14:59 may arrive at
 * 15:00.
 */
const tokenSafetyMarginMs = 30_000;

export interface DiscordPresenterOptions {
  readonly rest: REST;
  readonly providerName: (providerId: string) => string;
  readonly locales?: LocaleTables;
  readonly directMessageFallback: boolean;
  readonly clock: { now(): number };
  readonly logger?: Logger;
}

/**
 * Shows a login's outcome by editing the login card through the interaction webhook kept in
 * the delivery handle, so any process can do it. When the interaction token has run out (or
 * Discord says the message is gone), it sends the outcome by direct message instead.
 *
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object
 */
export class DiscordPresenter implements LoginPresenter {
  readonly #options: DiscordPresenterOptions;
  readonly #logger: Logger;

  constructor(options: DiscordPresenterOptions) {
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
  }

  /** @throws DiscordError or DiscordAPIError; the engine logs them as `presenterError`. */
  async present(login: LoginView): Promise<void> {
    if (login.delivery === undefined) return;
    const delivery = readDeliveryHandle(login.delivery);
    const message = renderOutcome(login, {
      locale: delivery.locale,
      providerName: this.#options.providerName(login.providerId),
      ...(this.#options.locales === undefined ? {} : { tables: this.#options.locales }),
    });
    const { rest, clock } = this.#options;
    if (clock.now() < delivery.tokenExpiresAt - tokenSafetyMarginMs) {
      try {
        await editOriginal(rest, delivery.applicationId, delivery.interactionToken, message);
        return;
      } catch (error) {
        if (!(error instanceof DiscordAPIError) || !isGone(error)) throw error;
        this.#logger.info('The login card can no longer be edited', {
          loginId: login.id,
          discordCode: Number(error.code),
        });
      }
    }
    if (!this.#options.directMessageFallback) {
      this.#logger.info('Outcome not shown: the interaction token has run out', {
        loginId: login.id,
      });
      return;
    }
    const intro = localize(delivery.locale, this.#options.locales).directMessageIntro();
    try {
      await sendDirectMessage(rest, delivery.userId, { ...message, content: intro });
    } catch (error) {
      // Discord down or rate-limiting: throw, so the engine retries the outcome later.
      if (!(error instanceof DiscordAPIError) || error.status >= 500 || error.status === 429) {
        throw error;
      }
      // 50007: the user shares no server with the bot or blocks DMs; nothing else can reach them.
      this.#logger.warn('Could not send the outcome by direct message', {
        loginId: login.id,
        discordCode: Number(error.code),
      });
    }
  }
}

function isGone(error: DiscordAPIError): boolean {
  return goneCodes.has(Number(error.code)) || error.status === 401 || error.status === 404;
}
