import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  anySession,
  formatSealingKey,
  generateSealingKey,
  Sealer,
  type SealingKey,
} from '@botlogin/core';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStores } from '../src/index.js';
import { reachablePostgres } from './postgres-service.js';

const cli = fileURLToPath(new URL('../src/cli/reseal.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const url = await reachablePostgres();
const k1 = generateSealingKey('k1');
const k2 = generateSealingKey('k2');
/** One schema prefix per test file run, so parallel files and runs never share tables. */
const filePrefix = `t_${randomBytes(4).toString('hex')}`;
const admin = url === undefined ? undefined : new pg.Pool({ connectionString: url, max: 2 });
const schemas: string[] = [];

function freshSchema(): string {
  const schema = `${filePrefix}_reseal_${schemas.length}`;
  schemas.push(schema);
  return schema;
}

afterAll(async () => {
  if (admin === undefined) return;
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
});

function keys(...list: SealingKey[]): string {
  return list.map(formatSealingKey).join(',');
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command from source in a child process with only the given variables set. */
function runCli(env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--conditions=@botlogin/source', cli, ...args],
      { cwd: repoRoot, env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

const token = (accessToken: string) => ({
  providerId: 'facebook',
  tokens: {
    accessToken,
    refreshToken: `refresh-${accessToken}`,
    tokenType: 'bearer',
    scopes: [],
    obtainedAt: 1,
  },
});

describe('botlogin-reseal-postgres usage', () => {
  it('should print usage for --help and exit 2 on an unknown option', async () => {
    const help = await runCli({}, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: botlogin-reseal-postgres');
    const bad = await runCli({}, ['--force']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage:');
  });

  it('should exit 1 naming the variable when DATABASE_URL is not set', async () => {
    const run = await runCli({ BOTLOGIN_SEALING_KEYS: keys(k2, k1) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('DATABASE_URL is not set');
  });

  it('should exit 1 with a clear message when the server cannot be reached', async () => {
    const run = await runCli({
      DATABASE_URL: 'postgres://botlogin:botlogin@127.0.0.1:1/botlogin',
      BOTLOGIN_SEALING_KEYS: keys(k2, k1),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Could not connect to PostgreSQL');
  });
});

describe.runIf(url !== undefined)('botlogin-reseal-postgres', () => {
  const databaseUrl = url ?? '';

  async function seed(schema: string): Promise<void> {
    const stores = await openPostgresStores({
      url: databaseUrl,
      sealer: new Sealer([k1]),
      schema,
    });
    await stores.sessions.insert(anySession({ deviceCode: 'DEVICE-CODE-SECRET-1' }));
    await stores.tokens.put('discord::1', token('ACCESS-SECRET-1'));
    await stores.tokens.put('slack:T1:2', token('ACCESS-SECRET-2'));
    await stores.close();
  }

  it('should move sessions and tokens to the new key so the old one can be dropped', async () => {
    const schema = freshSchema();
    await seed(schema);

    const env = { DATABASE_URL: databaseUrl, BOTLOGIN_SEALING_KEYS: keys(k2, k1) };
    const run = await runCli(env, ['--schema', schema]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Moved 3 sessions and tokens');
    expect(run.stdout).toContain('"k2"');
    expect(run.stdout).not.toContain('SECRET');

    const onlyNew = await openPostgresStores({
      url: databaseUrl,
      sealer: new Sealer([k2]),
      schema,
    });
    try {
      const session = anySession({ deviceCode: 'DEVICE-CODE-SECRET-1' });
      expect(await onlyNew.sessions.get(session.id)).toEqual(session);
      expect(await onlyNew.tokens.get('discord::1', 'facebook')).toEqual(token('ACCESS-SECRET-1'));
      expect(await onlyNew.tokens.get('slack:T1:2', 'facebook')).toEqual(token('ACCESS-SECRET-2'));
    } finally {
      await onlyNew.close();
    }
  });

  it('should exit 1 naming the key when the keys do not open the store', async () => {
    const schema = freshSchema();
    await seed(schema);
    const stranger = generateSealingKey('k1');
    const env = { DATABASE_URL: databaseUrl, BOTLOGIN_SEALING_KEYS: keys(k2, stranger) };
    const run = await runCli(env, ['--schema', schema]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"k1"');
    expect(run.stdout).toBe('');
  });

  it('should exit 1 naming the variable when no key is set', async () => {
    const run = await runCli({ DATABASE_URL: databaseUrl }, ['--schema', freshSchema()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BOTLOGIN_SEALING_KEYS is not set');
  });
});
