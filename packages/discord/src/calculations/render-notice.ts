import type { DiscordMessage } from '../models/discord-message.js';
import { assertDiscordLimits } from './assert-discord-limits.js';
import { truncate } from './truncate.js';

/** A short ephemeral text: a refusal, a logout confirmation, a polite error. */
export function renderNotice(text: string, title?: string): DiscordMessage {
  const message: DiscordMessage = {
    embeds: [
      {
        ...(title === undefined ? {} : { title: truncate(title, 256) }),
        description: truncate(text, 4096),
      },
    ],
    components: [],
  };
  assertDiscordLimits(message);
  return message;
}
