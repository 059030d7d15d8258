/** The variables the bot cannot start without. */
export const requiredVariables = [
  'TELEGRAM_BOT_TOKEN',
  'FACEBOOK_APP_ID',
  'FACEBOOK_CLIENT_TOKEN',
] as const;

export type RequiredVariable = (typeof requiredVariables)[number];

export interface TelegramBotConfig {
  readonly telegramToken: string;
  readonly facebook: {
    readonly appId: string;
    readonly clientToken: string;
    readonly graphBaseUrl?: string;
  };
  /** Set for webhook mode; long polling otherwise. */
  readonly webhook?: { readonly url: URL; readonly secretToken: string; readonly port: number };
  readonly qrCode: boolean;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export type ConfigResult =
  | { readonly ok: true; readonly config: TelegramBotConfig }
  | { readonly ok: false; readonly missing: RequiredVariable[]; readonly problems: string[] };

/**
 * Reads the bot's settings from environment variables. Pure, so every rule is testable:
 * required variables, and webhook mode only with an https URL and a valid secret token.
 */
export function readConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const missing = requiredVariables.filter((name) => value(name) === undefined);
  const problems: string[] = [];

  let webhook: TelegramBotConfig['webhook'];
  const webhookUrl = value('TELEGRAM_WEBHOOK_URL');
  if (webhookUrl !== undefined) {
    const secretToken = value('TELEGRAM_WEBHOOK_SECRET') ?? '';
    const port = Number(value('PORT') ?? '8080');
    let url: URL | undefined;
    try {
      url = new URL(webhookUrl);
    } catch {
      problems.push('TELEGRAM_WEBHOOK_URL is not a URL; expected https://your.domain/telegram.');
    }
    if (url !== undefined && url.protocol !== 'https:') {
      problems.push('TELEGRAM_WEBHOOK_URL must use https://; Telegram only posts to HTTPS.');
    }
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
      problems.push(
        'TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL: 1-256 characters of ' +
          'A-Z, a-z, 0-9, _ and -.',
      );
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      problems.push('PORT must be a port number.');
    }
    if (url !== undefined) webhook = { url, secretToken, port };
  }

  const logLevel = value('LOG_LEVEL') ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    problems.push('LOG_LEVEL must be debug, info, warn or error.');
  }
  if (missing.length > 0 || problems.length > 0) return { ok: false, missing, problems };

  const graphBaseUrl = value('FACEBOOK_GRAPH_URL');
  return {
    ok: true,
    config: {
      telegramToken: value('TELEGRAM_BOT_TOKEN') as string,
      facebook: {
        appId: value('FACEBOOK_APP_ID') as string,
        clientToken: value('FACEBOOK_CLIENT_TOKEN') as string,
        ...(graphBaseUrl === undefined ? {} : { graphBaseUrl }),
      },
      ...(webhook === undefined ? {} : { webhook }),
      qrCode: value('TELEGRAM_QR_CODE') === '1' || value('TELEGRAM_QR_CODE') === 'true',
      logLevel: logLevel as TelegramBotConfig['logLevel'],
    },
  };
}
