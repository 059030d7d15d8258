import { resolve } from 'node:path';
import {
  BotloginError,
  ConfigurationError,
  parseSealingKeys,
  Sealer,
  type SealingKey,
} from '@botlogin/core';
import {
  openSqliteStores,
  type SqliteStoreOptions,
  type SqliteStores,
} from './open-sqlite-stores.js';

/** The file `openSqliteStoresFromEnv` opens when `BOTLOGIN_DB` is not set. */
export const defaultDatabaseFile = 'botlogin.db';

/** The shell one-liner that prints a fresh `BOTLOGIN_SEALING_KEYS` value. */
export const makeSealingKeyCommand =
  "node -e \"console.log('k1:' + require('crypto').randomBytes(32).toString('base64'))\"";

/** Environment variables `openSqliteStoresFromEnv` reads. */
export interface SqliteStoreEnv {
  /** Path of the database file. @defaultValue `botlogin.db` in the working directory */
  readonly BOTLOGIN_DB?: string | undefined;
  /** `id:base64` keys, newest first, separated by commas. Required. */
  readonly BOTLOGIN_SEALING_KEYS?: string | undefined;
}

/** The stores plus the absolute path of the file they use, for a startup log line. */
export interface SqliteStoresFromEnv extends SqliteStores {
  readonly file: string;
}

/**
 * Opens the SQLite stores the way the example apps configure them: the file from `BOTLOGIN_DB`
 * (default `botlogin.db` in the working directory) and the keys from `BOTLOGIN_SEALING_KEYS`.
 * Every failure is a `ConfigurationError` whose message names the variable to fix, so an app can
 * print it and exit instead of crashing with a stack trace.
 *
 * @see openSqliteStores for what opening does (migrations, WAL, key checks).
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when `BOTLOGIN_SEALING_KEYS` is missing or
 *   malformed, when its keys do not open what the file holds, or when the file cannot be opened.
 */
export function openSqliteStoresFromEnv(
  env: SqliteStoreEnv = process.env,
  options: Omit<SqliteStoreOptions, 'file' | 'sealer'> = {},
): SqliteStoresFromEnv {
  const file = resolve(env.BOTLOGIN_DB?.trim() || defaultDatabaseFile);
  const sealer = new Sealer(readKeys(env.BOTLOGIN_SEALING_KEYS));
  let stores: SqliteStores;
  try {
    stores = openSqliteStores({ ...options, file, sealer });
  } catch (error) {
    // The key-check messages do not know which file or variable is involved; the operator needs
    // both to tell "wrong key" from "wrong file".
    const reason = error instanceof Error ? error.message : String(error);
    const hint = BotloginError.is(error)
      ? 'Check BOTLOGIN_SEALING_KEYS (the key it was created with must be listed) or point ' +
        'BOTLOGIN_DB at another file.'
      : 'Check BOTLOGIN_DB: its folder must exist and be writable.';
    throw new ConfigurationError(`Cannot open the SQLite store ${file}: ${reason} ${hint}`, {
      cause: error,
    });
  }
  return Object.assign(stores, { file });
}

function readKeys(text: string | undefined): SealingKey[] {
  if (!text?.trim()) {
    throw new ConfigurationError(
      'BOTLOGIN_SEALING_KEYS is not set: the SQLite store seals tokens and device codes and ' +
        `needs a key. Make one with: ${makeSealingKeyCommand}`,
    );
  }
  try {
    return parseSealingKeys(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(
      `BOTLOGIN_SEALING_KEYS is malformed: ${reason} Make a key with: ${makeSealingKeyCommand}`,
      { cause: error },
    );
  }
}
