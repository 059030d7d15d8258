import {
  ConfigurationError,
  MemorySessionStore,
  MemoryTokenStore,
  type SessionStore,
  type TokenStore,
} from '@botlogin/core';
import { openSqliteStoresFromEnv } from '@botlogin/store-sqlite';

/** The stores the bot runs on, and one line saying which, for the startup log. */
export interface ChosenStores {
  readonly sessionStore: SessionStore;
  readonly tokenStore: TokenStore;
  readonly description: string;
  close(): Promise<void>;
}

type StoreEnv = Readonly<Record<string, string | undefined>>;

/** Whether `BOTLOGIN_STORE=memory` opts out of SQLite. */
function wantsMemory(env: StoreEnv): boolean {
  const choice = env['BOTLOGIN_STORE']?.trim().toLowerCase() || 'sqlite';
  if (choice !== 'memory' && choice !== 'sqlite') {
    throw new ConfigurationError(
      `BOTLOGIN_STORE "${env['BOTLOGIN_STORE']}" is not "sqlite" (the default) or "memory".`,
    );
  }
  return choice === 'memory';
}

/** The store variables that must be set before {@link createStores} can succeed. */
export function missingStoreVariables(env: StoreEnv): 'BOTLOGIN_SEALING_KEYS'[] {
  const memory = env['BOTLOGIN_STORE']?.trim().toLowerCase() === 'memory';
  return memory || env['BOTLOGIN_SEALING_KEYS']?.trim() ? [] : ['BOTLOGIN_SEALING_KEYS'];
}

/**
 * THE place where the bot's stores are chosen: SQLite by default (`BOTLOGIN_DB`, sealed with
 * `BOTLOGIN_SEALING_KEYS`), so pending logins and tokens survive a restart and processes on one
 * host share them; `BOTLOGIN_STORE=memory` keeps everything in this process instead.
 *
 * @see openSqliteStoresFromEnv in `@botlogin/store-sqlite` for the variables it reads.
 * @throws ConfigurationError naming the variable to fix.
 */
export function createStores(env: StoreEnv = process.env): ChosenStores {
  if (wantsMemory(env)) {
    return {
      sessionStore: new MemorySessionStore(),
      tokenStore: new MemoryTokenStore(),
      description:
        'Stores: in memory (BOTLOGIN_STORE=memory); a restart forgets pending logins and tokens',
      close: async () => {},
    };
  }
  const stores = openSqliteStoresFromEnv(env);
  return {
    sessionStore: stores.sessions,
    tokenStore: stores.tokens,
    description: `Stores: SQLite at ${stores.file}`,
    close: () => stores.close(),
  };
}
