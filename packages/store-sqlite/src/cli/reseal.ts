#!/usr/bin/env node
/**
 * `botlogin-reseal-sqlite`: moves every session and token in a SQLite store to the first key of
 * `BOTLOGIN_SEALING_KEYS`, so the keys after it can be dropped. Exit codes: 0 done, 1 the keys
 * or the file are unusable or some records could not be opened, 2 bad usage.
 *
 * @see resealSqlite for what is rewritten and why a concurrent write is never undone.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, runResealCommand } from '@botlogin/core';
import { defaultDatabaseFile, openSqliteStoresFromEnv } from '../open-sqlite-stores-from-env.js';

const usage = `Usage: botlogin-reseal-sqlite [--help]

Rewrites every session and token in the SQLite store with the first (newest) sealing key.

Environment:
  BOTLOGIN_DB             the database file (default: ${defaultDatabaseFile} in this folder)
  BOTLOGIN_SEALING_KEYS   "new:<base64>,old:<base64>": the new key first, the old ones after

Exit codes: 0 done (the old keys can be dropped), 1 a key or the file is unusable or some
records could not be opened, 2 bad usage.
`;

process.exitCode = await runResealCommand(
  {
    usage,
    async open() {
      // Opening a missing file would create an empty store and report "0 moved" for a typo.
      const file = resolve(process.env['BOTLOGIN_DB']?.trim() || defaultDatabaseFile);
      if (!existsSync(file)) {
        throw new ConfigurationError(
          `No SQLite store at ${file}; set BOTLOGIN_DB to the bot's file.`,
        );
      }
      // The variables are read again there, so its messages match the bots' own.
      const stores = openSqliteStoresFromEnv(process.env);
      return { ...stores, where: stores.file };
    },
  },
  process.argv.slice(2),
  process.env,
);
