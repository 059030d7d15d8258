import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const appRoot = resolve(import.meta.dirname, '..');
const tsx = resolve(appRoot, '../../node_modules/.bin/tsx');

describe('apps/telegram-bot main', () => {
  describe('when started without credentials', () => {
    it('should name what is missing, point to BotFather and the playground, and exit 1', () => {
      const env = Object.fromEntries(
        Object.entries(process.env).filter(
          ([name]) => !/^(TELEGRAM_|FACEBOOK_|BOTLOGIN_)/.test(name),
        ),
      );
      // An empty working directory, so no developer's .env is read.
      const cwd = mkdtempSync(join(tmpdir(), 'telegram-bot-'));
      const run = spawnSync(tsx, ['--conditions=@botlogin/source', join(appRoot, 'src/main.ts')], {
        cwd,
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });

      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'missing TELEGRAM_BOT_TOKEN, FACEBOOK_APP_ID, FACEBOOK_CLIENT_TOKEN',
      );
      expect(run.stderr).toContain('@BotFather');
      expect(run.stderr).toContain('FACEBOOK_CLIENT_TOKEN, BOTLOGIN_SEALING_KEYS.');
      expect(run.stderr).toContain("require('crypto').randomBytes(32).toString('base64')");
      expect(run.stderr).toContain('BOTLOGIN_STORE=memory');
      expect(run.stderr).toContain('`npm start` at');
      expect(run.stdout).toBe('');
    });
  });
});
