import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type REST, Routes } from 'discord.js';

export interface RegisterCommandsOptions {
  readonly applicationId: string;
  /** Register in one server only (instant, for development); global when absent. */
  readonly guildId?: string;
}

/**
 * Overwrites the application's commands with these (`PUT`, so commands removed from the list
 * disappear). Global commands reach every server the app is in; guild commands only one.
 *
 * @throws DiscordAPIError from discord.js when Discord refuses the commands or the token.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerCommands(
  rest: REST,
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  options: RegisterCommandsOptions,
): Promise<void> {
  const route =
    options.guildId === undefined
      ? Routes.applicationCommands(options.applicationId)
      : Routes.applicationGuildCommands(options.applicationId, options.guildId);
  await rest.put(route, { body: commands });
}
