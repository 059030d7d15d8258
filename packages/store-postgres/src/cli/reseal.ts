#!/usr/bin/env node
/**
 * `botlogin-reseal-postgres`: moves every session and token in a PostgreSQL store to the first key of
 * `BOTLOGIN_SEALING_KEYS`, so the keys after it can be dropped. Exit codes: 0 done, 1 the keys
 * or the server are unusable or some records could not be opened, 2 bad usage.
 *
 * @see resealPostgres for what is rewritten and why a concurrent write is never undone.
 */
import { ConfigurationError, runResealCommand, Sealer } from '@botlogin/core';
import { openPostgresStores } from '../open-postgres-stores.js';

const defaultSchema = 'botlogin';

const usage = `Usage: botlogin-reseal-postgres [--schema <schema>] [--help]

Rewrites every session and token in the PostgreSQL store with the first (newest) sealing key.

Options:
  --schema <schema>       the schema holding the tables (default: ${defaultSchema})

Environment:
  DATABASE_URL            postgres://user:password@host:5432/database
  BOTLOGIN_SEALING_KEYS   "new:<base64>,old:<base64>": the new key first, the old ones after

Exit codes: 0 done (the old keys can be dropped), 1 a key or the server is unusable or some
records could not be opened, 2 bad usage.
`;

process.exitCode = await runResealCommand(
  {
    usage,
    stringOptions: ['schema'],
    async open(keys, options) {
      const url = process.env['DATABASE_URL']?.trim();
      if (!url) {
        throw new ConfigurationError(
          'DATABASE_URL is not set (postgres://user:password@host:5432/db).',
        );
      }
      const schema = options['schema'] ?? defaultSchema;
      const stores = await openPostgresStores({ url, sealer: new Sealer(keys), schema });
      return { ...stores, where: `PostgreSQL schema "${schema}"` };
    },
  },
  process.argv.slice(2),
  process.env,
);
