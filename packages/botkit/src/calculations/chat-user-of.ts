import type { ChatUser } from '@botlogin/core';
import type { BotkitMessage } from 'botkit';

/** The `platform` of every chat user and delivery handle this plugin makes. */
export const botkitPlatform = 'botkit';

/**
 * The chat user behind a Botkit message: the adapter's channel (`websocket`, `slack`,
 * `facebook`, `twilio-sms`, …) as the tenant and the channel's own user id, so the same id on
 * two channels is two users with two separate logins.
 *
 * @returns the chat user, or undefined when the message carries no user id.
 */
export function chatUserOf(message: BotkitMessage): ChatUser | undefined {
  const activity = message.incoming_message;
  const userId = activity?.from?.id ?? message.user;
  if (typeof userId !== 'string' || userId === '') return undefined;
  const channelId = activity?.channelId ?? message.reference?.channelId;
  const tenant = typeof channelId === 'string' && channelId !== '' ? channelId : 'unknown';
  return { platform: botkitPlatform, tenant, userId };
}
