#!/usr/bin/env node
/**
 * `botlogin-reseal-postgres`: moves every session and token in a PostgreSQL store to the first key of
 * `BOTLOGIN_SEALING_KEYS`, so the keys after it can be dropped. Exit codes: 0 done, 1 the keys
 * or the server are unusable or some records could not be opened, 2 bad usage.
 *
 * @see resealPostgres for what is rewritten and why a concurrent write is never undone.
 */
import { parseArgs } from 'node:util';
import {
  ConfigurationError,
  parseSealingKeys,
  type ResealReport,
  Sealer,
  type SealingKey,
} from '@botlogin/core';
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

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values: { help?: boolean | undefined; schema?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' }, schema: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const url = env['DATABASE_URL']?.trim();
  const schema = values.schema ?? defaultSchema;
  let report: ResealReport;
  let keys: SealingKey[];
  try {
    if (!url)
      throw new ConfigurationError(
        'DATABASE_URL is not set (postgres://user:password@host:5432/db).',
      );
    keys = readKeys(env['BOTLOGIN_SEALING_KEYS']);
    const stores = await openPostgresStores({ url, sealer: new Sealer(keys), schema });
    try {
      report = await stores.reseal();
    } finally {
      await stores.close();
    }
  } catch (error) {
    process.stderr.write(`Reseal failed: ${(error as Error).message}\n`);
    return 1;
  }
  return printReport(report, keys[0]?.id ?? '', `PostgreSQL schema "${schema}"`);
}

function readKeys(text: string | undefined): SealingKey[] {
  if (!text?.trim()) {
    throw new ConfigurationError(
      'BOTLOGIN_SEALING_KEYS is not set: list the new key first and the old ones after it.',
    );
  }
  try {
    return parseSealingKeys(text);
  } catch (error) {
    throw new ConfigurationError(
      `BOTLOGIN_SEALING_KEYS is malformed: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function printReport(report: ResealReport, keyId: string, where: string): number {
  process.stdout.write(
    `Moved ${report.resealed} sessions and tokens in ${where} to key "${keyId}".\n`,
  );
  if (report.corrupt.length === 0) {
    process.stdout.write(`Every value now uses "${keyId}"; the other keys can be dropped.\n`);
    return 0;
  }
  // Ids only: a reason could one day quote part of a value.
  process.stderr.write(
    `${report.corrupt.length} records could not be opened and were left as they are; keep the ` +
      `old keys until they are removed:\n${report.corrupt.map((record) => `  ${record.id}\n`).join('')}`,
  );
  return 1;
}

process.exitCode = await main(process.argv.slice(2), process.env);
