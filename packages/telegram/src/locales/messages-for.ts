import { de } from './de.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

/** The catalogues shipped with the adapter, by primary language subtag. */
export const catalogues: Readonly<Record<string, Partial<Messages>>> = { en, de };

/**
 * The primary subtag of a Telegram `language_code` (IETF tag such as `pt-br`), lower-cased, or
 * `en` when there is none.
 *
 * @see https://core.telegram.org/bots/api#user
 */
export function localeOf(languageCode: string | undefined): string {
  const primary = languageCode?.split(/[-_]/)[0]?.toLowerCase();
  return primary !== undefined && /^[a-z]{2,3}$/.test(primary) ? primary : 'en';
}

/**
 * The messages for a locale: its catalogue laid over English, so every sentence exists.
 *
 * @param extra - catalogues given by the bot author, which win over the shipped ones.
 */
export function messagesFor(
  locale: string | undefined,
  extra: Readonly<Record<string, Partial<Messages>>> = {},
): Messages {
  const key = localeOf(locale);
  return { ...en, ...extra['en'], ...catalogues[key], ...extra[key] };
}
