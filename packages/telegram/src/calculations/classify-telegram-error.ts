/**
 * What a Bot API error means to the adapter. Telegram gives no machine-readable reason beyond
 * the HTTP-like `error_code`, so the `description` is matched; the phrases are Telegram's own and
 * have been stable for years.
 *
 * - `not-modified`: the edit would change nothing (400).
 * - `message-gone`: the message to edit was deleted, cannot be edited any more (too old, not
 *   the bot's own) or was never found (400).
 * - `button-url`: an inline button's URL was refused (400 BUTTON_URL_INVALID or "Wrong HTTP URL").
 * - `query-too-old`: a callback query can no longer be answered (400).
 * - `blocked`: the user blocked the bot or never started it (403).
 * - `rate-limited`: flood control (429), with `parameters.retry_after` seconds to wait.
 * - `server-error`: Telegram failed (5xx); the same call may work later.
 * - `other`: anything else, network failures included.
 *
 * @see https://core.telegram.org/bots/api#making-requests
 */
export type TelegramErrorKind =
  | 'not-modified'
  | 'message-gone'
  | 'button-url'
  | 'query-too-old'
  | 'blocked'
  | 'rate-limited'
  | 'server-error'
  | 'other';

export function classifyTelegramError(error: unknown): TelegramErrorKind {
  const response = (error as { response?: { error_code?: unknown; description?: unknown } })
    ?.response;
  const code = response?.error_code;
  const description = typeof response?.description === 'string' ? response.description : '';
  const text = description.toLowerCase();
  if (code === 403) return 'blocked';
  if (code === 429) return 'rate-limited';
  if (typeof code === 'number' && code >= 500 && code <= 599) return 'server-error';
  if (code !== 400) return 'other';
  if (text.includes('message is not modified')) return 'not-modified';
  if (text.includes('button_url_invalid') || /button url .* is invalid/.test(text)) {
    return 'button-url';
  }
  if (text.includes('query is too old')) return 'query-too-old';
  if (
    text.includes('message to edit not found') ||
    text.includes("message can't be edited") ||
    text.includes('message is too old') ||
    text.includes('there is no text in the message to edit') ||
    text.includes('there is no caption in the message to edit')
  ) {
    return 'message-gone';
  }
  return 'other';
}

/**
 * How long Telegram asked to wait before the next call, from a 429's
 * `parameters.retry_after` (seconds), in milliseconds; undefined when it did not say.
 *
 * @see https://core.telegram.org/bots/api#responseparameters
 */
export function retryAfterMsOf(error: unknown): number | undefined {
  const seconds = (error as { response?: { parameters?: { retry_after?: unknown } } })?.response
    ?.parameters?.retry_after;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : undefined;
}

/** The HTTP-like `error_code` of a Bot API error, when it has one. */
export function errorCodeOf(error: unknown): number | undefined {
  const code = (error as { response?: { error_code?: unknown } })?.response?.error_code;
  return typeof code === 'number' ? code : undefined;
}
