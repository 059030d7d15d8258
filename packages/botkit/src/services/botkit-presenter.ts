import {
  ErrorCode,
  type JsonValue,
  type Logger,
  type LoginPresenter,
  type LoginView,
  TransportError,
} from '@botlogin/core';
import type { Botkit, BotkitMessage, BotWorker } from 'botkit';
import { sendActivity } from '../actions/send-activity.js';
import { botkitPlatform } from '../calculations/chat-user-of.js';

/** A Bot Framework conversation reference, as `bot.changeContext` takes it. */
export type ConversationReferenceLike = Parameters<BotWorker['changeContext']>[0];

/**
 * Shows a login's outcome in the conversation it was started from, although the user has sent
 * nothing since: a fresh worker is moved into the conversation saved in the delivery handle
 * (`bot.changeContext`) and says the outcome there. Any process running the plugin can do
 * this, so the outcome never has to travel back to the process that showed the code.
 *
 * Delivery is only as good as the adapter's proactive sending: the web adapter needs the
 * user's websocket to be open (its webhook mode has no way to reach the user), Messenger needs
 * the user to have written within its 24-hour window.
 */
export class BotkitPresenter implements LoginPresenter {
  readonly #controller: Botkit;
  readonly #render: (login: LoginView, channelId: string | undefined) => Partial<BotkitMessage>;
  readonly #logger: Logger;

  constructor(
    controller: Botkit,
    render: (login: LoginView, channelId: string | undefined) => Partial<BotkitMessage>,
    logger: Logger,
  ) {
    this.#controller = controller;
    this.#render = render;
    this.#logger = logger;
  }

  /**
   * @throws Error when the delivery handle holds no conversation reference.
   * @throws TransportError `BOTLOGIN_TRANSPORT` when the platform refused or lost the message.
   */
  async present(login: LoginView): Promise<void> {
    const reference = referenceOf(login.delivery?.data);
    if (reference === undefined) {
      throw new Error(`Login ${login.id} has no Botkit conversation reference to answer in.`);
    }
    const bot = await this.#controller.spawn();
    await bot.changeContext(reference);
    try {
      // Not `bot.say`: Botkit loses a failed send to an unhandled rejection.
      await sendActivity(bot, this.#render(login, reference.channelId));
    } catch (error) {
      const reason = error instanceof Error ? error.name : typeof error;
      this.#logger.warn('Sending a login outcome failed', {
        platform: botkitPlatform,
        loginId: login.id,
        error: reason,
      });
      throw new TransportError(
        ErrorCode.Transport,
        `The outcome of login ${login.id} could not be sent (${reason}).`,
        'botkit',
        { cause: error },
      );
    }
  }
}

/** The delivery data this plugin attaches: the conversation reference as plain JSON. */
export function deliveryDataOf(reference: ConversationReferenceLike): {
  readonly [key: string]: JsonValue;
} {
  return { reference: JSON.parse(JSON.stringify(reference)) as JsonValue };
}

function referenceOf(
  data: { readonly [key: string]: JsonValue } | undefined,
): ConversationReferenceLike | undefined {
  const reference = data?.['reference'];
  if (typeof reference !== 'object' || reference === null || Array.isArray(reference)) {
    return undefined;
  }
  return reference as ConversationReferenceLike;
}
