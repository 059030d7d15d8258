import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/**
 * A message as the renderers produce it: the JSON parts Discord takes for a new message, an
 * interaction response or a webhook edit. Pure data, so it can be checked against Discord's
 * limits without a network.
 *
 * @see https://discord.com/developers/docs/resources/webhook#edit-webhook-message
 */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
  /**
   * The PNG of a QR code to attach, as the text it encodes. Rendering stays pure: the image is
   * drawn when the message is sent.
   */
  readonly qrCode?: { readonly name: string; readonly text: string };
}
