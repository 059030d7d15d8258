import { type REST, Routes } from 'discord.js';
import type { DiscordMessage } from '../models/discord-message.js';
import { toRestRequest } from './rest-request.js';

/**
 * `PATCH /webhooks/{application.id}/{interaction.token}/messages/@original`: edits the
 * interaction's first response, or for a button click the message the button is on. Needs no
 * bot token, only the interaction token, which Discord honours for 15 minutes.
 *
 * @throws DiscordAPIError from discord.js, e.g. 50027 Invalid Webhook Token once it is too old.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
 */
export async function editOriginal(
  rest: REST,
  applicationId: string,
  interactionToken: string,
  message: DiscordMessage,
): Promise<void> {
  const request = await toRestRequest(message);
  await rest.patch(Routes.webhookMessage(applicationId, interactionToken, '@original'), {
    ...request,
    auth: false,
  });
}
