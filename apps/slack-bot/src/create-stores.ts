import { type ChosenStores, chooseAppStores } from '@botlogin/store-sqlite';

export { type ChosenStores, missingStoreVariables } from '@botlogin/store-sqlite';

/**
 * THE place where the bot's stores are chosen: SQLite by default (`BOTLOGIN_DB`, sealed with
 * `BOTLOGIN_SEALING_KEYS`), so pending logins and tokens survive a restart;
 * `BOTLOGIN_STORE=memory` keeps everything in this process instead. Swap in
 * `@botlogin/store-redis` or `@botlogin/store-postgres` here for bots on several hosts.
 *
 * @throws ConfigurationError naming the variable to fix.
 */
export function createStores(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ChosenStores {
  return chooseAppStores(env);
}
