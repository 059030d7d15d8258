import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ConfigurationError } from '@botlogin/core';
import type { Context, Telegraf } from 'telegraf';

export interface TelegramWebhookOptions {
  /** The path Telegram posts to, e.g. `/telegram/webhook`. */
  readonly path: string;
  /**
   * The `secret_token` given to setWebhook: 1–256 characters of `A-Z a-z 0-9 _ -`. Requests
   * without the same `X-Telegram-Bot-Api-Secret-Token` header are refused with 403.
   */
  readonly secretToken: string;
}

/**
 * The webhook request listener of a bot, which requires Telegram's secret token header, so that
 * nobody who guesses the URL can post updates (and start logins) in a user's name. A request
 * with the right secret whose body is JSON but not an update object (`null`, a number, an array)
 * is answered 400 and handled no further: telegraf would crash on it and never answer.
 *
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` for a missing or malformed secret or path.
 * @see https://core.telegram.org/bots/api#setwebhook
 */
export function telegramWebhook<C extends Context>(
  bot: Telegraf<C>,
  options: TelegramWebhookOptions,
): ReturnType<Telegraf<C>['webhookCallback']> {
  if (
    typeof options.secretToken !== 'string' ||
    !/^[A-Za-z0-9_-]{1,256}$/.test(options.secretToken)
  ) {
    throw new ConfigurationError(
      'The Telegram webhook secret token must be 1-256 characters of A-Z, a-z, 0-9, _ and -.',
    );
  }
  if (typeof options.path !== 'string' || !options.path.startsWith('/')) {
    throw new ConfigurationError('The Telegram webhook path must start with "/".');
  }
  const callback = bot.webhookCallback(options.path, { secretToken: options.secretToken });
  const { path, secretToken } = options;
  return async (req, res, next) => {
    if (req.method !== 'POST' || req.url !== path || !sameSecret(req, secretToken)) {
      return callback(req, res, next);
    }
    let body: unknown;
    try {
      // A framework may have parsed the body already, or left it as text or a Buffer.
      const given: unknown = req.body;
      body =
        given === undefined || given === null
          ? JSON.parse(await readText(req))
          : typeof given === 'string' || given instanceof Buffer
            ? JSON.parse(String(given))
            : given;
    } catch {
      res.writeHead(415).end();
      return;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      res.writeHead(400).end();
      return;
    }
    req.body = body as NonNullable<typeof req.body>;
    return callback(req, res, next);
  };
}

function sameSecret(req: IncomingMessage, secretToken: string): boolean {
  const given = Buffer.from(String(req.headers['x-telegram-bot-api-secret-token'] ?? ''));
  const expected = Buffer.from(secretToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readText(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}
