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
import { parseArgs } from 'node:util';
import { parseSealingKeys, type ResealReport } from '@botlogin/core';
import { defaultDatabaseFile, openSqliteStoresFromEnv } from '../open-sqlite-stores-from-env.js';

const usage = `Usage: botlogin-reseal-sqlite [--help]

Rewrites every session and token in the SQLite store with the first (newest) sealing key.

Environment:
  BOTLOGIN_DB             the database file (default: ${defaultDatabaseFile} in this folder)
  BOTLOGIN_SEALING_KEYS   "new:<base64>,old:<base64>": the new key first, the old ones after

Exit codes: 0 done (the old keys can be dropped), 1 a key or the file is unusable or some
records could not be opened, 2 bad usage.
`;

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let help: boolean | undefined;
  try {
    ({
      values: { help },
    } = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (help) {
    process.stdout.write(usage);
    return 0;
  }
  // Opening a missing file would create an empty store and report "0 moved" for a typo.
  const file = resolve(env['BOTLOGIN_DB']?.trim() || defaultDatabaseFile);
  if (!existsSync(file)) {
    process.stderr.write(`No SQLite store at ${file}; set BOTLOGIN_DB to the bot's file.\n`);
    return 1;
  }
  let report: ResealReport;
  try {
    const stores = openSqliteStoresFromEnv(env);
    try {
      report = await stores.reseal();
    } finally {
      await stores.close();
    }
  } catch (error) {
    process.stderr.write(`Reseal failed: ${(error as Error).message}\n`);
    return 1;
  }
  // The store opened with these keys, so they parse; only the id is printed.
  const keyId = parseSealingKeys(env['BOTLOGIN_SEALING_KEYS'])[0]?.id ?? '';
  return printReport(report, keyId, file);
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
