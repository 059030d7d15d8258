import {
  type APIInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ComponentType,
  InteractionType,
} from 'discord.js';
import type { IncomingInteraction } from '../models/incoming-interaction.js';

/**
 * Reads a raw interaction (API JSON, as posted to the Interactions Endpoint URL) into the flow's
 * model.
 *
 * @returns undefined for interactions the adapter has no use for (autocomplete, modals, menus)
 *   and for payloads missing what it needs.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export function fromRawInteraction(
  raw: APIInteraction,
  receivedAt: number,
): IncomingInteraction | undefined {
  const user: APIUser | undefined = raw.member?.user ?? raw.user;
  if (user === undefined || typeof raw.token !== 'string') return undefined;
  const base = {
    id: raw.id,
    applicationId: raw.application_id,
    token: raw.token,
    locale: 'locale' in raw && typeof raw.locale === 'string' ? raw.locale : 'en-US',
    user: { id: user.id, displayName: user.global_name ?? user.username },
    receivedAt,
  };
  if (raw.type === InteractionType.ApplicationCommand && 'options' in raw.data) {
    const options: Record<string, string> = {};
    for (const option of raw.data.options ?? []) {
      if (option.type === ApplicationCommandOptionType.String) options[option.name] = option.value;
    }
    return { ...base, kind: 'command', commandName: raw.data.name, options };
  }
  if (
    raw.type === InteractionType.MessageComponent &&
    raw.data.component_type === ComponentType.Button
  ) {
    return { ...base, kind: 'button', customId: raw.data.custom_id };
  }
  return undefined;
}
