import type { Logger, LoginPresenter, LoginService, LoginView } from '@botlogin/core';
import type { Telegram } from 'telegraf';
import { editCard } from '../actions/edit-card.js';
import { renderOutcome } from '../calculations/render-outcome.js';
import type { Messages } from '../locales/messages.js';
import { messagesFor } from '../locales/messages-for.js';
import { readTelegramDelivery } from '../models/telegram-delivery.js';

/**
 * Shows a login's outcome by editing the card it was started from, found through the delivery
 * handle kept with the session. Needs only a Bot API client, so any bot process can present an
 * outcome, whichever process started the login.
 *
 * @see https://core.telegram.org/bots/api#editmessagetext
 */
export class TelegramPresenter implements LoginPresenter {
  readonly #telegram: Telegram;
  readonly #login: LoginService;
  readonly #logger: Logger;
  readonly #catalogues: Readonly<Record<string, Partial<Messages>>>;

  constructor(
    telegram: Telegram,
    login: LoginService,
    logger: Logger,
    catalogues: Readonly<Record<string, Partial<Messages>>> = {},
  ) {
    this.#telegram = telegram;
    this.#login = login;
    this.#logger = logger;
    this.#catalogues = catalogues;
  }

  async present(login: LoginView): Promise<void> {
    const delivery = readTelegramDelivery(login.delivery);
    if (delivery === undefined) {
      this.#logger.warn('A Telegram login has no readable delivery handle', { loginId: login.id });
      return;
    }
    const messages = messagesFor(delivery.locale, this.#catalogues);
    const card = renderOutcome(login, providerName(this.#login, login.providerId), messages);
    const result = await editCard(this.#telegram, delivery, card, this.#logger);
    this.#logger.debug('Telegram login card updated', {
      loginId: login.id,
      outcome: login.state,
      result,
    });
  }
}

/** The display name of a provider, or its id when it is no longer configured. */
export function providerName(login: LoginService, providerId: string): string {
  return login.listProviders().find((p) => p.id === providerId)?.displayName ?? providerId;
}
