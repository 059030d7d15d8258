import { BotloginError, createBotlogin, createStreamLogger } from '@botlogin/core';
import { attachDiscordLogin } from '@botlogin/discord';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { type ChosenStores, createStores, missingStoreVariables } from './create-stores.js';
import { describeMissingConfig } from './describe-missing-config.js';
import { loadEnvFile } from './load-env-file.js';
import { readConfig } from './read-config.js';

loadEnvFile();
const result = readConfig(process.env);
const missing = [...(result.ok ? [] : result.missing), ...missingStoreVariables(process.env)];
if (!result.ok || missing.length > 0) {
  console.error(describeMissingConfig(missing));
  process.exit(1);
}
const { config } = result;
const logger = createStreamLogger((line) => console.log(line));

let stores: ChosenStores;
try {
  stores = createStores(process.env);
} catch (error) {
  console.error(`The Discord bot cannot start: ${BotloginError.is(error) ? error.message : error}`);
  process.exit(1);
}
logger.info(stores.description);

const botlogin = createBotlogin({
  providers: [{ type: 'facebook', ...config.facebook }],
  logger,
  sessionStore: stores.sessionStore,
  tokenStore: stores.tokenStore,
});

// Interactions reach the bot without privileged intents; Guilds keeps the cache useful.
const client = new Client({ intents: [GatewayIntentBits.Guilds] });
const discord = attachDiscordLogin(client, { login: botlogin.login, logger });

client.once(Events.ClientReady, async (ready) => {
  try {
    await discord.registerCommands({
      applicationId: config.applicationId,
      ...(config.guildId === undefined ? {} : { guildId: config.guildId }),
    });
    const resumed = await botlogin.login.resume();
    logger.info('Discord bot ready', {
      user: ready.user.tag,
      commands: config.guildId === undefined ? 'global' : 'guild',
      resumed,
    });
  } catch (error) {
    logger.error('Registering the commands failed; check DISCORD_APPLICATION_ID', {
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
});

try {
  await client.login(config.discordToken);
} catch (error) {
  logger.error('Discord refused the login; check DISCORD_TOKEN', {
    error: error instanceof Error ? error.name : 'unknown',
  });
  await botlogin.close();
  await stores.close();
  process.exit(1);
}

const stop = async () => {
  discord.detach();
  await discord.idle();
  await client.destroy();
  await botlogin.close();
  await stores.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
