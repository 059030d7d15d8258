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
export function missingStoreVariables(
  env: StoreEnv,
  mode: { readonly emulator: boolean },
): 'BOTLOGIN_SEALING_KEYS'[] {
  const memory = mode.emulator || env['BOTLOGIN_STORE']?.trim().toLowerCase() === 'memory';
  return memory || env['BOTLOGIN_SEALING_KEYS']?.trim() ? [] : ['BOTLOGIN_SEALING_KEYS'];
}

/**
 * THE place where the bot's stores are chosen. With real Facebook credentials: SQLite by default
 * (`BOTLOGIN_DB`, sealed with `BOTLOGIN_SEALING_KEYS`), so pending logins and tokens survive a
 * restart; `BOTLOGIN_STORE=memory` keeps everything in this process instead. In emulator mode
 * the stores stay in memory: the emulator's logins end with the process anyway.
 *
 * @see openSqliteStoresFromEnv in `@botlogin/store-sqlite` for the variables it reads.
 * @throws ConfigurationError naming the variable to fix.
 */
export function createStores(env: StoreEnv, mode: { readonly emulator: boolean }): ChosenStores {
  if (mode.emulator || wantsMemory(env)) {
    return {
      sessionStore: new MemorySessionStore(),
      tokenStore: new MemoryTokenStore(),
      description: mode.emulator
        ? 'Stores: in memory (emulator mode). With the Facebook variables set, logins are kept ' +
          'in SQLite (botlogin.db) sealed with BOTLOGIN_SEALING_KEYS.'
        : 'Stores: in memory (BOTLOGIN_STORE=memory); a restart forgets pending logins and tokens.',
      close: async () => {},
    };
  }
  const stores = openSqliteStoresFromEnv(env);
  return {
    sessionStore: stores.sessions,
    tokenStore: stores.tokens,
    description: `Stores: SQLite at ${stores.file}.`,
    close: () => stores.close(),
  };
}
