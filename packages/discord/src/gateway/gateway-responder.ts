import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type REST,
} from 'discord.js';
import { editOriginal } from '../actions/edit-original.js';
import type { DiscordMessage } from '../models/discord-message.js';
import type { InteractionResponder } from '../models/interaction-responder.js';

/**
 * Answers a gateway interaction with discord.js's own methods; later edits go through the
 * interaction webhook with the same request body the presenter and HTTP mode send.
 */
export class GatewayResponder implements InteractionResponder {
  readonly #interaction: ChatInputCommandInteraction | ButtonInteraction;
  readonly #rest: REST;

  constructor(interaction: ChatInputCommandInteraction | ButtonInteraction, rest: REST) {
    this.#interaction = interaction;
    this.#rest = rest;
  }

  async deferEphemeral(): Promise<void> {
    await this.#interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }

  async deferUpdate(): Promise<void> {
    if (!this.#interaction.isButton()) throw new TypeError('Only a button click can be updated.');
    await this.#interaction.deferUpdate();
  }

  async replyEphemeral(message: DiscordMessage): Promise<void> {
    await this.#interaction.reply({
      embeds: [...message.embeds],
      components: [...message.components],
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
      ...(message.content === undefined ? {} : { content: message.content }),
    });
  }

  editOriginal(message: DiscordMessage): Promise<void> {
    const { applicationId, token } = this.#interaction;
    return editOriginal(this.#rest, applicationId, token, message);
  }
}
