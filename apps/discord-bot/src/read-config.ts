/** What the bot needs to run, read from the environment. */
export interface DiscordBotConfig {
  readonly discordToken: string;
  readonly applicationId: string;
  /** Register the commands in this server only (instant); global otherwise. */
  readonly guildId?: string;
  readonly facebook: { readonly appId: string; readonly clientToken: string };
}

/** The variables the bot cannot run without, in the order the README sets them up. */
export const requiredVariables = [
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'FACEBOOK_APP_ID',
  'FACEBOOK_CLIENT_TOKEN',
] as const;

export type RequiredVariable = (typeof requiredVariables)[number];

export type ConfigResult =
  | { readonly ok: true; readonly config: DiscordBotConfig }
  | { readonly ok: false; readonly missing: readonly RequiredVariable[] };

/** Reads the configuration; blank values count as missing. */
export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const missing = requiredVariables.filter((name) => value(name) === undefined);
  if (missing.length > 0) return { ok: false, missing };
  const guildId = value('DISCORD_GUILD_ID');
  return {
    ok: true,
    config: {
      discordToken: value('DISCORD_TOKEN')!,
      applicationId: value('DISCORD_APPLICATION_ID')!,
      ...(guildId === undefined ? {} : { guildId }),
      facebook: { appId: value('FACEBOOK_APP_ID')!, clientToken: value('FACEBOOK_CLIENT_TOKEN')! },
    },
  };
}
