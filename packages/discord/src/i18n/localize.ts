import { german } from './german.js';
import { english, type Messages } from './messages.js';

/** Locale tables by Discord locale or language; English is the fallback of every entry. */
export type LocaleTables = Readonly<Record<string, Partial<Messages>>>;

/** The tables shipped with the adapter. */
export const defaultLocaleTables: LocaleTables = { en: english, de: german };

/**
 * The messages for an interaction's locale: the exact locale's table (`pt-BR`), else its
 * language's (`pt`), each entry falling back to English.
 *
 * @see https://discord.com/developers/docs/reference#locales
 */
export function localize(locale: string, tables: LocaleTables = defaultLocaleTables): Messages {
  const language = locale.split('-')[0] ?? locale;
  return { ...english, ...tables[language], ...tables[locale] };
}
