import type { SlackDelivery } from '../models/slack-delivery.js';
import type { SlackInteraction } from '../models/slack-interaction.js';
import type { SlackMessage } from '../models/slack-message.js';
import { publishHome } from '../services/publish-home.js';
import type { SlackRuntime } from '../services/slack-runtime.js';

/** The delivery handle of a message answer to this interaction, before anything was posted. */
export function deliveryOf(interaction: SlackInteraction): SlackDelivery {
  const { identity } = interaction;
  return {
    target: interaction.surface,
    teamId: identity.teamId,
    userId: identity.userId,
    ...(identity.enterpriseId ? { enterpriseId: identity.enterpriseId } : {}),
    ...(interaction.channelId === undefined ? {} : { channelId: interaction.channelId }),
    ...(interaction.responseUrl === undefined
      ? {}
      : {
          responseUrl: interaction.responseUrl,
          responseUrlIssuedAt: interaction.receivedAt,
          responseUrlUses: 0,
        }),
  };
}

/**
 * Answers an interaction privately: in the conversation (replacing the clicked message, or as a
 * new ephemeral message after a command), or on top of the App Home tab.
 *
 * @param replaceOriginal - overrides the interaction's default, e.g. to leave a card in place
 *   while refusing someone else's click on it.
 */
export async function answer(
  runtime: SlackRuntime,
  interaction: SlackInteraction,
  message: SlackMessage,
  replaceOriginal = interaction.replaceOriginal,
): Promise<SlackDelivery> {
  if (interaction.surface === 'home') {
    await publishHome(runtime, interaction.identity, interaction.client, message);
    return deliveryOf(interaction);
  }
  const { delivery } = await runtime.deliver(deliveryOf(interaction), message, replaceOriginal);
  return delivery;
}
