import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import { DiscordError, DiscordErrorCode } from '../errors/discord-error.js';
import type { CommandText, CommandTexts } from '../models/command-texts.js';

/** A provider as the commands offer it. */
export interface ProviderChoice {
  readonly id: string;
  readonly displayName: string;
}

/**
 * The JSON of `/login`, `/logout` and `/whoami`, built and validated by discord.js's
 * `SlashCommandBuilder`. With more than one provider, `/login` asks which one (a required
 * choice) and `/logout` may name one.
 *
 * @throws DiscordError `BOTLOGIN_DISCORD_CONFIGURATION` for a name or description Discord
 *   refuses, or more than 25 providers.
 * @see https://discord.com/developers/docs/interactions/application-commands#registering-a-command
 */
export function buildCommands(
  providers: readonly ProviderChoice[],
  texts: CommandTexts,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  if (providers.length === 0 || providers.length > 25) {
    throw new DiscordError(
      DiscordErrorCode.Configuration,
      `Discord commands offer 1 to 25 providers; ${providers.length} are configured.`,
    );
  }
  const names = new Set([texts.login.name, texts.logout.name, texts.whoami.name]);
  if (names.size !== 3) {
    throw new DiscordError(
      DiscordErrorCode.Configuration,
      'The three commands need distinct names.',
    );
  }
  try {
    const choose = providers.length > 1;
    const login = command(texts.login);
    if (choose) login.addStringOption((option) => providerOption(option, texts, providers, true));
    const logout = command(texts.logout);
    if (choose) logout.addStringOption((option) => providerOption(option, texts, providers, false));
    return [login.toJSON(), logout.toJSON(), command(texts.whoami).toJSON()];
  } catch (error) {
    throw new DiscordError(
      DiscordErrorCode.Configuration,
      'A command name or description is not one Discord accepts (names: 1-32 lower-case ' +
        'letters, digits, - or _; descriptions: 1-100 characters).',
      { cause: error },
    );
  }
}

function command(text: CommandText): SlashCommandBuilder {
  return (
    new SlashCommandBuilder()
      .setName(text.name)
      .setDescription(text.description)
      .setNameLocalizations(text.nameLocalizations ?? null)
      .setDescriptionLocalizations(text.descriptionLocalizations ?? null)
      // Usable in servers and in the bot's DMs; the replies are ephemeral either way.
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
  );
}

function providerOption(
  option: SlashCommandStringOption,
  texts: CommandTexts,
  providers: readonly ProviderChoice[],
  required: boolean,
): SlashCommandStringOption {
  return option
    .setName(texts.providerOption.name)
    .setDescription(texts.providerOption.description)
    .setNameLocalizations(texts.providerOption.nameLocalizations ?? null)
    .setDescriptionLocalizations(texts.providerOption.descriptionLocalizations ?? null)
    .setRequired(required)
    .addChoices(
      ...providers.map((provider) => ({ name: provider.displayName, value: provider.id })),
    );
}
