import { ConfigurationError } from '@botlogin/core';
import type { CommandWords } from '../models/command-words.js';

/**
 * Checks the command words: each command needs at least one word, and a word is one token
 * without spaces (an optional leading `/` allowed), since only a message's first word is read.
 *
 * @throws ConfigurationError naming the command and the bad word.
 */
export function checkCommandWords(words: CommandWords): void {
  const seen = new Map<string, string>();
  for (const [command, list] of Object.entries(words) as [string, readonly string[]][]) {
    if (!Array.isArray(list) || list.length === 0) {
      throw new ConfigurationError(`botloginPlugin: words.${command} needs at least one word.`);
    }
    for (const word of list) {
      if (typeof word !== 'string' || !/^\/?[^\s/]+$/.test(word)) {
        throw new ConfigurationError(
          `botloginPlugin: words.${command} has "${String(word)}"; use single words like "login".`,
        );
      }
      const key = word.replace(/^\//, '').toLowerCase();
      const other = seen.get(key);
      if (other !== undefined && other !== command) {
        throw new ConfigurationError(
          `botloginPlugin: "${word}" is a word of both ${other} and ${command}.`,
        );
      }
      seen.set(key, command);
    }
  }
}
