import type { Logger, LoginPresenter, LoginService, LoginView } from '@botlogin/core';
import type { Telegram } from 'telegraf';
import { type EditResult, editCard } from '../actions/edit-card.js';
import { renderOutcome } from '../calculations/render-outcome.js';
import { TelegramTransientError } from '../errors/telegram-transient-error.js';
import type { Messages } from '../locales/messages.js';
import { messagesFor } from '../locales/messages-for.js';
import { readTelegramDelivery, type TelegramDelivery } from '../models/telegram-delivery.js';
import type { TelegramMessage } from '../models/telegram-message.js';

/** The longest flood-control wait sat out here; a longer one is left to the engine's retry. */
const longestInlineWaitMs = 5_000;
/** How many short flood-control waits one presentation sits out before it gives up. */
const inlineWaits = 2;

/**
 * Shows a login's outcome by editing the card it was started from, found through the delivery
 * handle kept with the session. Needs only a Bot API client, so any bot process can present an
 * outcome, whichever process started the login.
 *
 * A 429 with a short `retry_after` (at most 5 s) is waited out here; a longer one, or a 5xx,
 * is thrown as a {@link TelegramTransientError} so the engine presents the outcome again.
 * Presenting twice is harmless: the second edit finds the card already showing the outcome.
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

  /** @throws TelegramTransientError when Telegram answered 429 or 5xx. */
  async present(login: LoginView): Promise<void> {
    const delivery = readTelegramDelivery(login.delivery);
    if (delivery === undefined) {
      this.#logger.warn('A Telegram login has no readable delivery handle', { loginId: login.id });
      return;
    }
    const messages = messagesFor(delivery.locale, this.#catalogues);
    const card = renderOutcome(login, providerName(this.#login, login.providerId), messages);
    const result = await this.#edit(delivery, card);
    this.#logger.debug('Telegram login card updated', {
      loginId: login.id,
      outcome: login.state,
      result,
    });
  }

  async #edit(delivery: TelegramDelivery, card: TelegramMessage): Promise<EditResult> {
    for (let waits = 0; ; waits += 1) {
      try {
        return await editCard(this.#telegram, delivery, card, this.#logger, {
          throwWhenTransient: true,
        });
      } catch (error) {
        const waitMs = error instanceof TelegramTransientError ? error.retryAfterMs : undefined;
        if (waitMs === undefined || waitMs > longestInlineWaitMs || waits >= inlineWaits) {
          this.#logger.warn('Presenting a Telegram login outcome failed for now', {
            platform: 'telegram',
            status: error instanceof TelegramTransientError ? error.status : undefined,
          });
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
  }
}

/** The display name of a provider, or its id when it is no longer configured. */
export function providerName(login: LoginService, providerId: string): string {
  return login.listProviders().find((p) => p.id === providerId)?.displayName ?? providerId;
}
