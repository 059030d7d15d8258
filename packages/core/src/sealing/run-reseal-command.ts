import { parseArgs } from 'node:util';
import { ConfigurationError } from '../errors/botlogin-error.js';
import type { ResealReport } from './key-check.js';
import { parseSealingKeys, type SealingKey } from './sealing-key.js';

/** Stores opened for a reseal, and how to name them in the report. */
export interface ResealTarget {
  readonly where: string;
  reseal(): Promise<ResealReport>;
  close(): Promise<void>;
}

/** One store's reseal command: its usage text, its string options, and how it opens. */
export interface ResealCommand {
  readonly usage: string;
  /** Names of `--name <value>` options the command takes besides `--help`. */
  readonly stringOptions?: readonly string[];
  /**
   * Opens the stores with the parsed keys and options.
   *
   * @throws ConfigurationError (or any error) whose message says what to fix.
   */
  open(
    keys: readonly SealingKey[],
    options: Readonly<Record<string, string | undefined>>,
  ): Promise<ResealTarget>;
}

/** Where a command writes; the process's streams unless a test passes others. */
export interface CommandOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs a store's re-encrypt command: every session and token is rewritten with the first key of
 * `BOTLOGIN_SEALING_KEYS`, so the keys after it can be dropped. It never prints a key or value.
 *
 * @returns the exit code: 0 done, 1 a key or the store is unusable or some records could not be
 *   opened (keep the old keys then), 2 bad usage.
 */
export async function runResealCommand(
  command: ResealCommand,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  output: CommandOutput = processOutput,
): Promise<number> {
  let values: Record<string, unknown>;
  try {
    const options = Object.fromEntries([
      ['help', { type: 'boolean' as const, short: 'h' }],
      ...(command.stringOptions ?? []).map((name) => [name, { type: 'string' as const }]),
    ]);
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${command.usage}`);
    return 2;
  }
  if (values['help']) {
    output.out(command.usage);
    return 0;
  }
  let report: ResealReport;
  let keyId: string;
  let where: string;
  try {
    const keys = readKeys(env['BOTLOGIN_SEALING_KEYS']);
    keyId = keys[0]?.id ?? '';
    const strings = Object.fromEntries(
      Object.entries(values).filter(([, value]) => typeof value === 'string'),
    ) as Record<string, string>;
    const target = await command.open(keys, strings);
    where = target.where;
    try {
      report = await target.reseal();
    } finally {
      await target.close();
    }
  } catch (error) {
    output.err(`Reseal failed: ${(error as Error).message}\n`);
    return 1;
  }
  output.out(`Moved ${report.resealed} sessions and tokens in ${where} to key "${keyId}".\n`);
  if (report.corrupt.length === 0) {
    output.out(`Every value now uses "${keyId}"; the other keys can be dropped.\n`);
    return 0;
  }
  // Ids only: a reason could one day quote part of a value.
  output.err(
    `${report.corrupt.length} records could not be opened and were left as they are; keep the ` +
      `old keys until they are removed:\n${report.corrupt.map((record) => `  ${record.id}\n`).join('')}`,
  );
  return 1;
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
