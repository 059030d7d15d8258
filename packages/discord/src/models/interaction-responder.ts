import type { DiscordMessage } from './discord-message.js';

/**
 * How the login flow answers one interaction, implemented once per transport: over the gateway
 * with discord.js's interaction methods, over HTTP as the response body. The first three are
 * initial responses, of which Discord takes exactly one within 3 seconds.
 *
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export interface InteractionResponder {
  /** `DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE` (5) with the ephemeral flag. */
  deferEphemeral(): Promise<void>;
  /** `DEFERRED_UPDATE_MESSAGE` (6): acknowledges a click; the message is edited later. */
  deferUpdate(): Promise<void>;
  /** `CHANNEL_MESSAGE_WITH_SOURCE` (4) with the ephemeral flag; no files. */
  replyEphemeral(message: DiscordMessage): Promise<void>;
  /** Edits the original response (or the clicked message) through the interaction webhook. */
  editOriginal(message: DiscordMessage): Promise<void>;
}
