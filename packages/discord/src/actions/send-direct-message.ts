import { type REST, Routes } from 'discord.js';
import type { DiscordMessage } from '../models/discord-message.js';
import { toRestRequest } from './rest-request.js';

/**
 * Sends a direct message: opens (or finds) the DM channel with `POST /users/@me/channels`, then
 * posts to it. Needs the bot token, and Discord allows it only when the user shares a server
 * with the bot and accepts DMs from its members.
 *
 * @throws DiscordAPIError from discord.js, e.g. 50007 Cannot send messages to this user.
 * @see https://discord.com/developers/docs/resources/user#create-dm
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export async function sendDirectMessage(
  rest: REST,
  userId: string,
  message: DiscordMessage,
): Promise<void> {
  const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
    id: string;
  };
  await rest.post(Routes.channelMessages(channel.id), await toRestRequest(message));
}
