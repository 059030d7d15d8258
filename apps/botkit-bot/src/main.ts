import { BotloginError, createStreamLogger } from '@botlogin/core';
import { loadEnvFile } from './load-env-file.js';
import { readConfig } from './read-config.js';
import { startBotkitBot } from './start-botkit-bot.js';

/*
 * `npm start`: the Botkit web chat bot on 127.0.0.1. Without FACEBOOK_APP_ID and
 * FACEBOOK_CLIENT_TOKEN it starts the local emulator and logs users in there.
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

const logger = createStreamLogger((line) => console.log(line));
const bot = await startBotkitBot({ ...config, logger }).catch((error: unknown) => {
  console.error(
    `The bot did not start: ${BotloginError.is(error) ? error.message : String(error)}`,
  );
  process.exit(1);
});

if (bot.emulator !== undefined) {
  console.log(
    [
      'No FACEBOOK_APP_ID / FACEBOOK_CLIENT_TOKEN set: logins go to the local emulator at ' +
        bot.emulator.url,
      `  (approve codes at ${bot.emulator.verificationUri}). Set both variables, in the`,
      '  environment or a .env file, to log in with real Facebook. The playground',
      '  (`npm start` at the repository root) shows every platform side by side.',
    ].join('\n'),
  );
} else {
  console.log('Logging users in with Facebook (FACEBOOK_APP_ID is set).');
}
console.log(`Chat with the bot at ${bot.url}  (Ctrl+C to stop)`);

const stop = () => {
  void bot.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
