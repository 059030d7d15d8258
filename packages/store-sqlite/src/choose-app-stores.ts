import {
  ConfigurationError,
  MemorySessionStore,
  MemoryTokenStore,
  type SessionStore,
  type TokenStore,
} from '@botlogin/core';
import { openSqliteStoresFromEnv } from './open-sqlite-stores-from-env.js';

/** The stores a bot runs on, and one line saying which, for its startup log. */
export interface ChosenStores {
  readonly sessionStore: SessionStore;
  readonly tokenStore: TokenStore;
  readonly description: string;
  close(): Promise<void>;
}

type StoreEnv = Readonly<Record<string, string | undefined>>;

/**
 * Whether `BOTLOGIN_STORE` asks for memory instead of SQLite.
 *
 * @throws ConfigurationError for a value other than `sqlite` (the default) or `memory`.
 */
export function wantsMemoryStores(env: StoreEnv): boolean {
  const choice = env['BOTLOGIN_STORE']?.trim().toLowerCase() || 'sqlite';
  if (choice !== 'memory' && choice !== 'sqlite') {
    throw new ConfigurationError(
      `BOTLOGIN_STORE "${env['BOTLOGIN_STORE']}" is not "sqlite" (the default) or "memory".`,
    );
  }
  return choice === 'memory';
}

/** The store variables a bot must have before {@link chooseAppStores} can open SQLite. */
export function missingStoreVariables(env: StoreEnv): 'BOTLOGIN_SEALING_KEYS'[] {
  const memory = env['BOTLOGIN_STORE']?.trim().toLowerCase() === 'memory';
  return memory || env['BOTLOGIN_SEALING_KEYS']?.trim() ? [] : ['BOTLOGIN_SEALING_KEYS'];
}

/**
 * The stores of a runnable bot: SQLite by default (`BOTLOGIN_DB`, sealed with
 * `BOTLOGIN_SEALING_KEYS`), so pending logins and tokens survive a restart and processes on one
 * host share them; memory when `BOTLOGIN_STORE=memory`, or when the bot says why
 * (`memoryBecause`, such as running against the emulator).
 *
 * @throws ConfigurationError naming the variable to fix.
 */
export function chooseAppStores(
  env: StoreEnv,
  options: { readonly memoryBecause?: string } = {},
): ChosenStores {
  const reason =
    options.memoryBecause ?? (wantsMemoryStores(env) ? 'BOTLOGIN_STORE=memory' : undefined);
  if (reason !== undefined) {
    return {
      sessionStore: new MemorySessionStore(),
      tokenStore: new MemoryTokenStore(),
      description: `Stores: in memory (${reason}); a restart forgets pending logins and tokens.`,
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
