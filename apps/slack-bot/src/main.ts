import { existsSync } from 'node:fs';
import { BotloginError, createBotlogin, createStreamLogger } from '@botlogin/core';
import { registerSlackLogin } from '@botlogin/slack';
import { App, LogLevel } from '@slack/bolt';
import { type ChosenStores, createStores, missingStoreVariables } from './create-stores.js';
import { describeMissingConfig } from './describe-missing-config.js';
import { readConfig } from './read-config.js';

if (existsSync('.env')) process.loadEnvFile('.env');

const result = readConfig(process.env);
const missing = [...(result.ok ? [] : result.missing), ...missingStoreVariables(process.env)];
if (!result.ok || missing.length > 0) {
  console.error(describeMissingConfig(missing, result.ok ? [] : result.invalid));
  process.exit(1);
}
const { config } = result;
const logger = createStreamLogger((line) => console.log(line));

let stores: ChosenStores;
try {
  stores = createStores(process.env);
} catch (error) {
  console.error(`The Slack bot cannot start: ${BotloginError.is(error) ? error.message : error}`);
  process.exit(1);
}
logger.info(stores.description);

const botlogin = createBotlogin({
  providers: [{ type: 'facebook', ...config.facebook }],
  logger,
  sessionStore: stores.sessionStore,
  tokenStore: stores.tokenStore,
});

const { connection } = config;
const socketMode = connection.mode === 'socket';
const app = new App({
  token: config.botToken,
  logLevel: LogLevel.INFO,
  ...(connection.mode === 'socket'
    ? { socketMode: true, appToken: connection.appToken }
    : { signingSecret: connection.signingSecret }),
});
registerSlackLogin(app, { login: botlogin.login, logger });
app.error(async (error) => {
  logger.error('Bolt reported an error', { error: error.code ?? error.name });
});

await app.start(config.port);
const resumed = await botlogin.login.resume();
logger.info(socketMode ? 'Slack bot connected (Socket Mode)' : 'Slack bot listening', {
  port: socketMode ? undefined : config.port,
  resumed,
});

const stop = async () => {
  await app.stop();
  await botlogin.close();
  await stores.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
