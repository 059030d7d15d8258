import { makeSealingKeyCommand } from '@botlogin/store-sqlite';
import type { RequiredVariable } from './read-config.js';

const howToGet: Record<RequiredVariable | 'BOTLOGIN_SEALING_KEYS', string> = {
  DISCORD_TOKEN:
    'https://discord.com/developers/applications › your app › Bot › Reset Token ' +
    '(copy it once).',
  DISCORD_APPLICATION_ID:
    'https://discord.com/developers/applications › your app › General Information › ' +
    'Application ID.',
  FACEBOOK_APP_ID:
    'https://developers.facebook.com/apps › your app › App settings › Basic › App ID.',
  FACEBOOK_CLIENT_TOKEN:
    'https://developers.facebook.com/apps › your app › App settings › Advanced › ' +
    'Security › Client token (turn on "Login from Devices" under Facebook Login › Settings too).',
  BOTLOGIN_SEALING_KEYS:
    'seals tokens in the SQLite store (botlogin.db, or BOTLOGIN_DB); make one with\n' +
    `      ${makeSealingKeyCommand}\n` +
    '    or set BOTLOGIN_STORE=memory to keep logins in memory only.',
};

/** The message printed when variables are missing: which, where to get each, what else to try. */
export function describeMissingConfig(
  missing: readonly (RequiredVariable | 'BOTLOGIN_SEALING_KEYS')[],
): string {
  return [
    `The Discord bot cannot start: missing ${missing.join(', ')}.`,
    '',
    'Set them in the environment or in apps/discord-bot/.env:',
    ...missing.map((name) => `  ${name}  ${howToGet[name]}`),
    '',
    'Optional: DISCORD_GUILD_ID registers the commands in one server at once (global commands',
    'can take a while to appear). apps/discord-bot/README.md walks through every step.',
    '',
    'No credentials yet? Try the whole flow offline with the playground: run `npm start` at the',
    'repository root.',
  ].join('\n');
}
