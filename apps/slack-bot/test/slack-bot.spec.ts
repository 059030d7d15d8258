import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/read-config.js';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(appDir, '..', '..', 'node_modules', '.bin', 'tsx');

/** Runs `npm start`'s command with only PATH and HOME from this environment. */
function startWithout(env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(tsx, ['--conditions=@botlogin/source', 'src/main.ts'], {
      cwd: appDir,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('npm start', () => {
  it('should name what is missing, say how to get it, and exit non-zero', async () => {
    const { code, output } = await startWithout();
    expect(code).not.toBe(0);
    expect(output).toContain('SLACK_BOT_TOKEN');
    expect(output).toContain('SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)');
    expect(output).toContain('FACEBOOK_APP_ID');
    expect(output).toContain('manifest.json');
    expect(output).toContain('`npm start` at the repository root');
    expect(output).toContain('FACEBOOK_CLIENT_TOKEN, BOTLOGIN_SEALING_KEYS');
    expect(output).toContain("require('crypto').randomBytes(32).toString('base64')");
    expect(output).toContain('BOTLOGIN_STORE=memory');
  });

  it('should never echo a credential it was given', async () => {
    const { code, output } = await startWithout({ SLACK_BOT_TOKEN: 'secret-not-xoxb' });
    expect(code).not.toBe(0);
    expect(output).toContain('SLACK_BOT_TOKEN (should start with xoxb-)');
    expect(output).not.toContain('secret-not-xoxb');
  });
});

describe(readConfig, () => {
  const full = {
    SLACK_BOT_TOKEN: 'xoxb-1',
    SLACK_SIGNING_SECRET: 's',
    FACEBOOK_APP_ID: '1',
    FACEBOOK_CLIENT_TOKEN: 'c',
  };

  it('should accept HTTP mode', () => {
    expect(readConfig(full)).toMatchObject({
      ok: true,
      config: { port: 3000, connection: { mode: 'http', signingSecret: 's' } },
    });
  });

  it('should accept Socket Mode without a signing secret', () => {
    const { SLACK_SIGNING_SECRET: _, ...rest } = full;
    expect(readConfig({ ...rest, SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject({
      ok: true,
      config: { connection: { mode: 'socket', appToken: 'xapp-1' } },
    });
  });
});

describe('the app manifests', () => {
  it.each(['manifest.json', 'manifest.socket-mode.json'])(
    '%s should declare the commands, scopes, App Home and interactivity the adapter uses',
    (file) => {
      const manifest = JSON.parse(readFileSync(join(appDir, file), 'utf8'));
      const commands = manifest.features.slash_commands.map((c: { command: string }) => c.command);
      expect(commands).toEqual(['/login', '/logout', '/whoami']);
      expect(manifest.oauth_config.scopes.bot).toEqual(
        expect.arrayContaining(['commands', 'chat:write']),
      );
      expect(manifest.features.app_home.home_tab_enabled).toBe(true);
      expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
      expect(manifest.settings.socket_mode_enabled).toBe(file.includes('socket'));
    },
  );
});
