import type { JsonValue, LoginPresenter, LoginView } from '@botlogin/core';
import type { Botkit, BotkitMessage, BotWorker } from 'botkit';

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

  constructor(
    controller: Botkit,
    render: (login: LoginView, channelId: string | undefined) => Partial<BotkitMessage>,
  ) {
    this.#controller = controller;
    this.#render = render;
  }

  /** @throws Error when the delivery handle holds no conversation reference. */
  async present(login: LoginView): Promise<void> {
    const reference = referenceOf(login.delivery?.data);
    if (reference === undefined) {
      throw new Error(`Login ${login.id} has no Botkit conversation reference to answer in.`);
    }
    const bot = await this.#controller.spawn();
    await bot.changeContext(reference);
    await bot.say(this.#render(login, reference.channelId));
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
