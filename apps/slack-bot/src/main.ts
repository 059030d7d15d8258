import { existsSync } from 'node:fs';
import { createBotlogin, createStreamLogger } from '@botlogin/core';
import { registerSlackLogin } from '@botlogin/slack';
import { App, LogLevel } from '@slack/bolt';
import { createStores } from './create-stores.js';
import { describeMissingConfig } from './describe-missing-config.js';
import { readConfig } from './read-config.js';

if (existsSync('.env')) process.loadEnvFile('.env');

const result = readConfig(process.env);
if (!result.ok) {
  console.error(describeMissingConfig(result.missing, result.invalid));
  process.exit(1);
}
const { config } = result;
const logger = createStreamLogger((line) => console.log(line));

const botlogin = createBotlogin({
  providers: [{ type: 'facebook', ...config.facebook }],
  logger,
  ...createStores(),
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
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
