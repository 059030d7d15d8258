import { makeSealingKeyCommand } from '@botlogin/store-sqlite';
import type { RequiredVariable } from './read-config.js';

const whereToGet: Record<RequiredVariable | 'BOTLOGIN_SEALING_KEYS', string> = {
  TELEGRAM_BOT_TOKEN:
    'talk to @BotFather in Telegram, send /newbot, pick a name and a username ending in "bot"; ' +
    'it answers with the token (123456789:AA…).',
  FACEBOOK_APP_ID:
    'https://developers.facebook.com/apps › your app › App settings › Basic › App ID.',
  FACEBOOK_CLIENT_TOKEN:
    'https://developers.facebook.com/apps › your app › App settings › Advanced › Client token ' +
    '(and turn on "Login from Devices" under Facebook Login › Settings).',
  BOTLOGIN_SEALING_KEYS:
    'seals tokens in the SQLite store (botlogin.db, or BOTLOGIN_DB); make one with\n' +
    `      ${makeSealingKeyCommand}\n` +
    '    or set BOTLOGIN_STORE=memory to keep logins in memory only.',
};

/** What to print when the bot cannot start: what is missing or wrong, and where to get it. */
export function describeConfigProblems(
  missing: readonly (RequiredVariable | 'BOTLOGIN_SEALING_KEYS')[],
  problems: readonly string[],
): string {
  return [
    missing.length > 0
      ? `The Telegram bot cannot start: missing ${missing.join(', ')}.`
      : 'The Telegram bot cannot start: its configuration has problems.',
    '',
    ...(missing.length > 0
      ? [
          'Set them in the environment or in a .env file next to where you run the bot:',
          ...missing.map((name) => `  ${name}: ${whereToGet[name]}`),
          '',
        ]
      : []),
    ...problems.map((problem) => `  ${problem}`),
    ...(problems.length > 0 ? [''] : []),
    'apps/telegram-bot/README.md walks through the BotFather and Facebook set-up.',
    'No credentials yet? Try the whole login flow offline in the playground: run `npm start` at',
    'the repository root.',
  ].join('\n');
}
