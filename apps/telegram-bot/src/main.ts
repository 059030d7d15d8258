import { createServer } from 'node:http';
import { BotloginError, createBotlogin, createStreamLogger } from '@botlogin/core';
import { createTelegramLogin, telegramWebhook } from '@botlogin/telegram';
import { Telegraf } from 'telegraf';
import { type ChosenStores, createStores, missingStoreVariables } from './create-stores.js';
import { describeConfigProblems } from './describe-config-problems.js';
import { loadEnvFile } from './load-env-file.js';
import { readConfig } from './read-config.js';

loadEnvFile();
const result = readConfig(process.env);
const missing = [...(result.ok ? [] : result.missing), ...missingStoreVariables(process.env)];
if (!result.ok || missing.length > 0) {
  console.error(describeConfigProblems(missing, result.ok ? [] : result.problems));
  process.exit(1);
}
const { config } = result;
const logger = createStreamLogger((line) => console.log(line), config.logLevel);

let stores: ChosenStores;
try {
  stores = createStores(process.env);
} catch (error) {
  console.error(
    `The Telegram bot cannot start: ${BotloginError.is(error) ? error.message : error}`,
  );
  process.exit(1);
}
logger.info(stores.description);

const botlogin = createBotlogin({
  providers: [{ type: 'facebook', ...config.facebook }],
  logger,
  sessionStore: stores.sessionStore,
  tokenStore: stores.tokenStore,
});
const bot = new Telegraf(config.telegramToken);
const telegramLogin = createTelegramLogin(bot, {
  login: botlogin.login,
  logger,
  qrCode: config.qrCode,
});
bot.start((ctx) =>
  ctx.reply('Hi! Send /login to log in, /whoami to see your logins and /logout to log out.'),
);
bot.catch((error) => {
  logger.error('An update handler failed', {
    error: error instanceof Error ? error.name : typeof error,
  });
});

await botlogin.login.resume();
await telegramLogin.registerCommands(bot.telegram);

let stopWebhook: (() => void) | undefined;
if (config.webhook === undefined) {
  // launch() resolves only when polling stops, so it is not awaited.
  bot.launch({ allowedUpdates: ['message', 'callback_query'] }).catch((error: unknown) => {
    logger.error('Long polling stopped', {
      error: error instanceof Error ? error.message.replace(config.telegramToken, '…') : '',
    });
    process.exitCode = 1;
  });
  logger.info('Telegram bot started with long polling');
} else {
  const { url, secretToken, port } = config.webhook;
  bot.botInfo = await bot.telegram.getMe();
  const callback = telegramWebhook(bot, { path: url.pathname, secretToken });
  const server = createServer((req, res) => void callback(req, res));
  server.listen(port);
  await bot.telegram.setWebhook(url.href, {
    secret_token: secretToken,
    allowed_updates: ['message', 'callback_query'],
  });
  stopWebhook = () => server.close();
  logger.info('Telegram bot started with a webhook', { path: url.pathname, port });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopWebhook === undefined) bot.stop(signal);
    else stopWebhook();
    void botlogin.close().finally(() => stores.close());
  });
}
