import {
  MemorySessionStore,
  MemoryTokenStore,
  type SessionStore,
  type TokenStore,
} from '@botlogin/core';

/**
 * The one place where this bot's stores are chosen.
 *
 * In memory for now: a restart forgets pending logins and tokens, and two bot processes do not
 * share them. Keeping them needs a persistent store (`@botlogin/store-sqlite`) returned here;
 * nothing else in the app has to change.
 */
export function createStores(): { sessionStore: SessionStore; tokenStore: TokenStore } {
  return { sessionStore: new MemorySessionStore(), tokenStore: new MemoryTokenStore() };
}
