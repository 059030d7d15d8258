import {
  type ChosenStores,
  chooseAppStores,
  missingStoreVariables as missingForSqlite,
} from '@botlogin/store-sqlite';

export type { ChosenStores } from '@botlogin/store-sqlite';

type StoreEnv = Readonly<Record<string, string | undefined>>;

/** The store variables that must be set before {@link createStores} can succeed. */
export function missingStoreVariables(
  env: StoreEnv,
  mode: { readonly emulator: boolean },
): 'BOTLOGIN_SEALING_KEYS'[] {
  return mode.emulator ? [] : missingForSqlite(env);
}

/**
 * THE place where the bot's stores are chosen. With real Facebook credentials: SQLite by default
 * (`BOTLOGIN_DB`, sealed with `BOTLOGIN_SEALING_KEYS`), so pending logins and tokens survive a
 * restart; `BOTLOGIN_STORE=memory` keeps everything in this process instead. In emulator mode
 * the stores stay in memory: the emulator's logins end with the process anyway.
 *
 * @throws ConfigurationError naming the variable to fix.
 */
export function createStores(env: StoreEnv, mode: { readonly emulator: boolean }): ChosenStores {
  if (!mode.emulator) return chooseAppStores(env);
  const stores = chooseAppStores(env, { memoryBecause: 'emulator mode' });
  return {
    ...stores,
    description:
      `${stores.description} With the Facebook variables set, logins are kept in SQLite ` +
      'sealed with BOTLOGIN_SEALING_KEYS.',
  };
}
