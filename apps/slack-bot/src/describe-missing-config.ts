import { makeSealingKeyCommand } from '@botlogin/store-sqlite';

/**
 * What to tell someone who started the bot without its credentials: which variables are
 * missing, where each one comes from, and the offline playground for trying botlogin without any.
 */
export function describeMissingConfig(missing: readonly string[], invalid: readonly string[]) {
  const lines = ['The Slack bot cannot start.', ''];
  if (missing.length > 0) lines.push(`Missing: ${missing.join(', ')}`);
  if (invalid.length > 0) lines.push(`Malformed: ${invalid.join(', ')}`);
  lines.push(
    '',
    'Set them in the environment or in apps/slack-bot/.env. To get them:',
    '  1. Create the Slack app from apps/slack-bot/manifest.json (HTTP) or',
    '     manifest.socket-mode.json at https://api.slack.com/apps > Create New App > From a',
    '     manifest, and install it to your workspace.',
    '  2. SLACK_BOT_TOKEN: OAuth & Permissions > Bot User OAuth Token (xoxb-...).',
    '  3. SLACK_SIGNING_SECRET: Basic Information > App Credentials > Signing Secret.',
    '     Or, for Socket Mode, SLACK_APP_TOKEN: Basic Information > App-Level Tokens, with the',
    '     connections:write scope (xapp-...).',
    '  4. FACEBOOK_APP_ID and FACEBOOK_CLIENT_TOKEN: your app at developers.facebook.com,',
    '     Settings > Basic (App ID) and Settings > Advanced (Client token), with',
    '     "Login from Devices" enabled under Facebook Login > Settings.',
    '  5. BOTLOGIN_SEALING_KEYS: seals tokens in the SQLite store (botlogin.db, or BOTLOGIN_DB).',
    `     Make one with: ${makeSealingKeyCommand}`,
    '     Or set BOTLOGIN_STORE=memory to keep logins in memory only.',
    '',
    'No credentials yet? Run `npm start` at the repository root for the offline playground.',
  );
  return lines.join('\n');
}
