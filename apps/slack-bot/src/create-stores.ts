import type { SessionStore, TokenStore } from '@botlogin/core';

/**
 * THE place where the bot chooses its stores. In memory for now: a restart forgets pending
 * logins and every user's tokens, and several bot processes cannot share them. Replacing these
 * with the SQLite stores (`@botlogin/store-sqlite`) is the only change needed to keep them.
 *
 * @returns undefined stores, which `createBotlogin` fills with its in-memory defaults.
 */
export function createStores(): { sessionStore?: SessionStore; tokenStore?: TokenStore } {
  return {};
}
