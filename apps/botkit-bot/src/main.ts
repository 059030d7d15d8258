import { BotloginError, createStreamLogger } from '@botlogin/core';
import { makeSealingKeyCommand } from '@botlogin/store-sqlite';
import { type ChosenStores, createStores, missingStoreVariables } from './create-stores.js';
import { loadEnvFile } from './load-env-file.js';
import { readConfig } from './read-config.js';
import { startBotkitBot } from './start-botkit-bot.js';

/*
 * `npm start`: the Botkit web chat bot on 127.0.0.1. Without FACEBOOK_APP_ID and
 * FACEBOOK_CLIENT_TOKEN it starts the local emulator and logs users in there, keeping logins in
 * memory; with them it keeps logins in SQLite, sealed with BOTLOGIN_SEALING_KEYS.
 */

loadEnvFile();
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(BotloginError.is(error) ? error.message : String(error));
  console.error('To try botlogin without any account, run `npm start` at the repository root.');
  process.exit(1);
}

const mode = { emulator: config.facebook === undefined };
if (missingStoreVariables(process.env, mode).length > 0) {
  console.error(
    [
      'The bot cannot start: missing BOTLOGIN_SEALING_KEYS. With real Facebook logins the bot',
      'keeps logins and tokens in SQLite (botlogin.db, or BOTLOGIN_DB), sealed with this key.',
      `Make one with: ${makeSealingKeyCommand}`,
      'Or set BOTLOGIN_STORE=memory to keep them in memory only (a restart forgets them).',
      'To try botlogin without any account, run `npm start` at the repository root.',
    ].join('\n'),
  );
  process.exit(1);
}
let stores: ChosenStores;
try {
  stores = createStores(process.env, mode);
} catch (error) {
  console.error(`The bot cannot start: ${BotloginError.is(error) ? error.message : String(error)}`);
  process.exit(1);
}

const logger = createStreamLogger((line) => console.log(line));
const bot = await startBotkitBot({
  ...config,
  logger,
  sessionStore: stores.sessionStore,
  tokenStore: stores.tokenStore,
}).catch(async (error: unknown) => {
  console.error(
    `The bot did not start: ${BotloginError.is(error) ? error.message : String(error)}`,
  );
  await stores.close();
  process.exit(1);
});

if (bot.emulator !== undefined) {
  console.log(
    [
      'No FACEBOOK_APP_ID / FACEBOOK_CLIENT_TOKEN set: logins go to the local emulator at ' +
        bot.emulator.url,
      `  (approve codes at ${bot.emulator.verificationUri}). Set both variables, in the`,
      '  environment or a .env file, to log in with real Facebook. The playground',
      '  (`npm start` at the repository root) is the same login in a terminal.',
    ].join('\n'),
  );
} else {
  console.log('Logging users in with Facebook (FACEBOOK_APP_ID is set).');
}
console.log(stores.description);
console.log(`Chat with the bot at ${bot.url}  (Ctrl+C to stop)`);

const stop = () => {
  void bot
    .close()
    .finally(() => stores.close())
    .finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
