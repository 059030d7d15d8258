import { InteractionResponseType, MessageFlags, type REST } from 'discord.js';
import { editOriginal } from '../actions/edit-original.js';
import { toMessageBody } from '../actions/message-body.js';
import type { DiscordMessage } from '../models/discord-message.js';
import type { IncomingInteraction } from '../models/incoming-interaction.js';
import type { InteractionResponder } from '../models/interaction-responder.js';

/**
 * Answers an HTTP interaction: the initial response becomes the body of the HTTP response
 * (Discord waits for it up to 3 seconds), later edits go through the interaction webhook.
 *
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export class HttpResponder implements InteractionResponder {
  /** Resolves with the initial response's JSON once the flow gives it. */
  readonly initial: Promise<object>;
  readonly #interaction: IncomingInteraction;
  readonly #rest: REST;
  #resolve: (body: object) => void = () => {};
  #sent = false;

  constructor(interaction: IncomingInteraction, rest: REST) {
    this.#interaction = interaction;
    this.#rest = rest;
    this.initial = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  async deferEphemeral(): Promise<void> {
    this.#send({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
  }

  async deferUpdate(): Promise<void> {
    this.#send({ type: InteractionResponseType.DeferredMessageUpdate });
  }

  async replyEphemeral(message: DiscordMessage): Promise<void> {
    // An initial response in the HTTP body carries no files.
    const { qrCode: _noFiles, ...withoutFiles } = message;
    const { body } = await toMessageBody(withoutFiles);
    this.#send({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { ...body, flags: MessageFlags.Ephemeral },
    });
  }

  editOriginal(message: DiscordMessage): Promise<void> {
    const { applicationId, token } = this.#interaction;
    return editOriginal(this.#rest, applicationId, token, message);
  }

  #send(body: object): void {
    if (this.#sent) throw new TypeError('An interaction takes exactly one initial response.');
    this.#sent = true;
    this.#resolve(body);
  }
}
