import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  anySession,
  formatSealingKey,
  generateSealingKey,
  Sealer,
  type SealingKey,
} from '@botlogin/core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStores } from '../src/index.js';

const cli = fileURLToPath(new URL('../src/cli/reseal.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const k1 = generateSealingKey('k1');
const k2 = generateSealingKey('k2');
const directories: string[] = [];

afterEach(() => {
  for (const directory of directories.splice(0)) {
    rmSync(directory, { recursive: true, force: true });
  }
});

function freshFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'botlogin-reseal-'));
  directories.push(directory);
  return join(directory, 'botlogin.db');
}

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

async function seed(file: string): Promise<void> {
  const stores = openSqliteStores({ file, sealer: new Sealer([k1]) });
  await stores.sessions.insert(anySession({ deviceCode: 'DEVICE-CODE-SECRET-1' }));
  await stores.tokens.put('discord::1', token('ACCESS-SECRET-1'));
  await stores.tokens.put('slack:T1:2', token('ACCESS-SECRET-2'));
  await stores.close();
}

describe('botlogin-reseal-sqlite', () => {
  it('should move sessions and tokens to the new key so the old one can be dropped', async () => {
    const file = freshFile();
    await seed(file);

    const run = await runCli({ BOTLOGIN_DB: file, BOTLOGIN_SEALING_KEYS: keys(k2, k1) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Moved 3 sessions and tokens');
    expect(run.stdout).toContain('"k2"');
    expect(run.stdout).not.toContain('SECRET');
    expect(run.stdout).not.toContain(formatSealingKey(k1).split(':')[1]);

    const onlyNew = openSqliteStores({ file, sealer: new Sealer([k2]) });
    try {
      const session = anySession({ deviceCode: 'DEVICE-CODE-SECRET-1' });
      expect(await onlyNew.sessions.get(session.id)).toEqual(session);
      expect(await onlyNew.tokens.get('discord::1', 'facebook')).toEqual(token('ACCESS-SECRET-1'));
      expect(await onlyNew.tokens.get('slack:T1:2', 'facebook')).toEqual(token('ACCESS-SECRET-2'));
    } finally {
      await onlyNew.close();
    }

    const again = await runCli({ BOTLOGIN_DB: file, BOTLOGIN_SEALING_KEYS: keys(k2) });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Moved 0 sessions and tokens');
  });

  it('should exit 1 naming the variable when the keys do not open the file', async () => {
    const file = freshFile();
    await seed(file);
    const stranger = generateSealingKey('k1');
    const run = await runCli({ BOTLOGIN_DB: file, BOTLOGIN_SEALING_KEYS: keys(k2, stranger) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BOTLOGIN_SEALING_KEYS');
    expect(run.stderr).toContain('"k1"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('should exit 1 naming the variable when no key is set', async () => {
    const file = freshFile();
    await seed(file);
    const run = await runCli({ BOTLOGIN_DB: file });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BOTLOGIN_SEALING_KEYS is not set');
  });

  it('should exit 1 instead of creating a store when the file does not exist', async () => {
    const file = freshFile();
    const run = await runCli({ BOTLOGIN_DB: file, BOTLOGIN_SEALING_KEYS: keys(k2, k1) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('BOTLOGIN_DB');
  });

  it('should print usage for --help and exit 2 on an unknown option', async () => {
    const help = await runCli({}, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: botlogin-reseal-sqlite');
    const bad = await runCli({}, ['--force']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'--force'");
    expect(bad.stderr).toContain('Usage:');
  });
});
