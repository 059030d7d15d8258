import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { IncomingInteraction } from '../models/incoming-interaction.js';

/** Reads a discord.js slash command or button click into the flow's model. */
export function fromDiscordJs(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  receivedAt: number,
): IncomingInteraction {
  const base = {
    id: interaction.id,
    applicationId: interaction.applicationId,
    token: interaction.token,
    locale: interaction.locale,
    user: {
      id: interaction.user.id,
      displayName: interaction.user.globalName ?? interaction.user.username,
    },
    receivedAt,
  };
  if (interaction.isButton()) return { ...base, kind: 'button', customId: interaction.customId };
  const options: Record<string, string> = {};
  for (const option of interaction.options.data) {
    if (typeof option.value === 'string') options[option.name] = option.value;
  }
  return { ...base, kind: 'command', commandName: interaction.commandName, options };
}
