import {
  MemorySessionStore,
  MemoryTokenStore,
  type SessionStore,
  type TokenStore,
} from '@botlogin/core';

/**
 * THE place where the bot's stores are chosen.
 *
 * In memory for now: pending logins and tokens are lost on restart, and several bot processes
 * (shards) do not share them. Swapping in `@botlogin/store-sqlite` here is all it takes to keep
 * them; nothing else in the app changes.
 */
export function createStores(): { sessionStore: SessionStore; tokenStore: TokenStore } {
  return { sessionStore: new MemorySessionStore(), tokenStore: new MemoryTokenStore() };
}
