/** What the bot needs to run, read from the environment. */
export interface SlackBotConfig {
  readonly botToken: string;
  /**
   * Socket Mode with an app-level token (`xapp-…`, scope `connections:write`) when one is given,
   * which needs no public URL; else Bolt's HTTP receiver, checking Slack's signing secret.
   */
  readonly connection:
    | { readonly mode: 'socket'; readonly appToken: string }
    | { readonly mode: 'http'; readonly signingSecret: string };
  readonly port: number;
  readonly facebook: { readonly appId: string; readonly clientToken: string };
}

export type ConfigResult =
  | { readonly ok: true; readonly config: SlackBotConfig }
  | {
      readonly ok: false;
      readonly missing: readonly string[];
      readonly invalid: readonly string[];
    };

/**
 * Reads the configuration: `SLACK_BOT_TOKEN`, then `SLACK_APP_TOKEN` (Socket Mode) or
 * `SLACK_SIGNING_SECRET` (HTTP), `FACEBOOK_APP_ID`, `FACEBOOK_CLIENT_TOKEN` and `PORT`.
 * Reports every missing or malformed variable at once, never their values.
 */
export function readConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const value = (name: string) => env[name]?.trim() || undefined;
  const missing: string[] = [];
  const invalid: string[] = [];
  const botToken = value('SLACK_BOT_TOKEN');
  const signingSecret = value('SLACK_SIGNING_SECRET');
  const appToken = value('SLACK_APP_TOKEN');
  const appId = value('FACEBOOK_APP_ID');
  const clientToken = value('FACEBOOK_CLIENT_TOKEN');
  if (botToken === undefined) missing.push('SLACK_BOT_TOKEN');
  else if (!botToken.startsWith('xoxb-')) invalid.push('SLACK_BOT_TOKEN (should start with xoxb-)');
  if (signingSecret === undefined && appToken === undefined) {
    missing.push('SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)');
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    invalid.push('SLACK_APP_TOKEN (should start with xapp-)');
  }
  if (appId === undefined) missing.push('FACEBOOK_APP_ID');
  if (clientToken === undefined) missing.push('FACEBOOK_CLIENT_TOKEN');
  const port = Number(value('PORT') ?? '3000');
  if (!Number.isInteger(port) || port < 1 || port > 65_535) invalid.push('PORT (1-65535)');
  if (missing.length > 0 || invalid.length > 0) return { ok: false, missing, invalid };
  return {
    ok: true,
    config: {
      botToken: botToken!,
      connection:
        appToken === undefined
          ? { mode: 'http', signingSecret: signingSecret! }
          : { mode: 'socket', appToken },
      port,
      facebook: { appId: appId!, clientToken: clientToken! },
    },
  };
}
