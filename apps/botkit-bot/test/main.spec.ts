import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSealingKey, generateSealingKey } from '@botlogin/core';
import { describe, expect, it } from 'vitest';

/** Runs `npm start`'s command with the given environment until `until` is printed or it exits. */
function runMain(env: Record<string, string>, until?: RegExp) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@botlogin/source', 'src/main.ts'],
      {
        cwd: new URL('..', import.meta.url),
        env: { PATH: process.env['PATH'] ?? '', ...env },
      },
    );
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm start', () => {
  it('should start the emulator itself and say so when no Facebook variable is set', async () => {
    const { output } = await runMain({ PORT: '0' }, /Chat with the bot at/);
    expect(output).toMatch(
      /No FACEBOOK_APP_ID \/ FACEBOOK_CLIENT_TOKEN set: logins go to the local emulator at http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(output).toMatch(/Chat with the bot at http:\/\/127\.0\.0\.1:\d+\//);
    expect(output).toContain('Stores: in memory (emulator mode)');
    expect(output).toContain('BOTLOGIN_SEALING_KEYS');
  });

  it('should refuse real Facebook logins without a sealing key, saying how to make one', async () => {
    const { code, output } = await runMain({
      PORT: '0',
      FACEBOOK_APP_ID: '123',
      FACEBOOK_CLIENT_TOKEN: 'client-token',
    });
    expect(code).toBe(1);
    expect(output).toContain('missing BOTLOGIN_SEALING_KEYS');
    expect(output).toContain("require('crypto').randomBytes(32).toString('base64')");
    expect(output).toContain('BOTLOGIN_STORE=memory');
    expect(output).not.toContain('client-token');
  });

  it('should keep real Facebook logins in the SQLite file BOTLOGIN_DB names', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'botkit-bot-'));
    try {
      const file = join(directory, 'bot.db');
      const { output } = await runMain(
        {
          PORT: '0',
          FACEBOOK_APP_ID: '123',
          FACEBOOK_CLIENT_TOKEN: 'client-token',
          BOTLOGIN_DB: file,
          BOTLOGIN_SEALING_KEYS: formatSealingKey(generateSealingKey('k1')),
        },
        /Chat with the bot at/,
      );
      expect(output).toContain(`Stores: SQLite at ${file}.`);
      expect(existsSync(file)).toBe(true);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('should name the missing variable and exit non-zero when only one is set', async () => {
    const { code, output } = await runMain({ PORT: '0', FACEBOOK_APP_ID: '123' });
    expect(code).toBe(1);
    expect(output).toContain('Missing FACEBOOK_CLIENT_TOKEN.');
    expect(output).toContain('npm start');
  });
});
