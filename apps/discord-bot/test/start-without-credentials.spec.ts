import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

function run(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['--conditions=@botlogin/source', 'src/main.ts'], {
      cwd: appDir,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start (apps/discord-bot)', () => {
  describe('without credentials', () => {
    it('should name the missing variables and how to get them, point to the playground, fail', async () => {
      const { code, stderr } = await run();

      expect(code).not.toBe(0);
      expect(stderr).toContain(
        'missing DISCORD_TOKEN, DISCORD_APPLICATION_ID, FACEBOOK_APP_ID, FACEBOOK_CLIENT_TOKEN',
      );
      expect(stderr).toContain('Bot › Reset Token');
      expect(stderr).toContain('Client token');
      expect(stderr).toContain('playground');
      expect(stderr).toContain('`npm start` at the');
      expect(stderr).toContain('FACEBOOK_CLIENT_TOKEN, BOTLOGIN_SEALING_KEYS.');
      expect(stderr).toContain("require('crypto').randomBytes(32).toString('base64')");
      expect(stderr).toContain('BOTLOGIN_STORE=memory');
    });
  });
});
