import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { acceleratedClock } from '@botlogin/core';
import { afterEach, describe, expect, it } from 'vitest';
import { approveInBrowser } from '../src/approve-in-browser.js';
import { parseForms } from '../src/html-form.js';
import { parseArgs } from '../src/parse-args.js';
import { type Playground, startPlayground } from '../src/playground.js';

const appDir = fileURLToPath(new URL('..', import.meta.url));

function runPlayground(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', '--conditions=@botlogin/source', 'src/main.ts', ...args],
      { cwd: appDir, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}

describe('npm start -- --demo', () => {
  it.each(['facebook', 'rfc8628', 'github', 'google', 'microsoft'])(
    'should log in end to end with --provider %s and exit 0',
    async (provider) => {
      const { code, stdout } = await runPlayground(['--demo', '--provider', provider]);
      const lines = stdout.trimEnd().split('\n');
      expect(lines.at(-1)).toBe(`bot> Logged in as Ada Lovelace (${provider})`);
      expect(code).toBe(0);
    },
  );

  it('should refuse an unknown provider with the list of known ones and exit 2', async () => {
    const { code, stderr } = await runPlayground(['--demo', '--provider', 'myspace']);
    expect(stderr).toContain('--provider takes one of: facebook, rfc8628, github');
    expect(code).toBe(2);
  });
});

describe('TerminalBot', () => {
  let playground: Playground;
  const said: string[] = [];
  const last = () => said.at(-1) ?? '';
  afterEach(async () => {
    said.length = 0;
    await playground?.close();
  });

  async function start(provider = 'facebook') {
    playground = await startPlayground({
      provider,
      say: (text) => said.push(text),
      log: () => {},
      clock: acceleratedClock(20),
    });
    return playground;
  }

  it('should show the code, the link and a QR code, then greet the user by name', async () => {
    const { bot } = await start();
    await bot.handle('/login');
    const card = said.join('\n');
    const login = bot.pendingLogin();
    expect(login).toBeDefined();
    expect(card).toContain(`Enter the code  ${login?.userCode}`);
    expect(card).toContain(login?.verificationUriComplete);
    expect(card).toContain('▄');
    expect(bot.countdown()).toMatch(/^\d:\d\d$/);
    const outcome = bot.nextOutcome();
    await approveInBrowser(login?.verificationUriComplete ?? '', login?.userCode ?? '');
    expect((await outcome).state).toBe('approved');
    expect(last()).toBe('Logged in as Ada Lovelace (facebook)');
    await bot.handle('/whoami');
    expect(last()).toBe('You are Ada Lovelace on Facebook.');
    await bot.handle('/login');
    expect(said.join('\n')).toContain('logged in as Ada Lovelace already');
    await bot.handle('/logout');
    expect(last()).toBe('Logged out.');
    expect(bot.pendingLogin()).toBeUndefined();
    await bot.handle('/whoami');
    expect(last()).toContain('not logged in');
  });

  it('should tell the user when they deny on the page', async () => {
    const { bot } = await start('rfc8628');
    await bot.handle('/login');
    const login = bot.pendingLogin();
    const outcome = bot.nextOutcome();
    await approveInBrowser(login?.verificationUriComplete ?? '', login?.userCode ?? '', 'deny');
    expect((await outcome).state).toBe('denied');
    expect(last()).toContain('denied');
  });

  it('should show the pending login again on a second /login, and cancel it', async () => {
    const { bot } = await start();
    await bot.handle('/login');
    const first = bot.pendingLogin()?.id;
    await bot.handle('/login');
    expect(said.join('\n')).toContain('already have a login waiting');
    expect(bot.pendingLogin()?.id).toBe(first);
    await bot.handle('/cancel');
    expect(last()).toBe('Login cancelled.');
    expect(bot.countdown()).toBeUndefined();
    await bot.handle('/cancel');
    expect(last()).toBe('There is no login to cancel.');
  });

  it('should answer unknown commands and providers without failing', async () => {
    const { bot } = await start();
    await bot.handle('/dance');
    expect(last()).toContain('Type /help');
    await bot.handle('/login myspace');
    expect(last()).toContain('No provider "myspace"');
    await bot.handle('/help');
    expect(last()).toContain('/login [provider]');
    expect(await bot.handle('/quit')).toBe('quit');
  });
});

describe('parseForms', () => {
  it('should read action, hidden fields, text inputs and buttons', () => {
    const [form] = parseForms(
      `<form method="post" action="/device/decision"><input type="hidden" name="csrf" value="a&amp;b">
       <input name="name" value="Ada"><button name="decision" value="approve">Approve</button></form>`,
    );
    expect(form?.action).toBe('/device/decision');
    expect(form?.method).toBe('post');
    expect(Object.fromEntries(form?.fields ?? [])).toEqual({ csrf: 'a&b', name: 'Ada' });
    expect(form?.buttons).toEqual([{ name: 'decision', value: 'approve', label: 'Approve' }]);
  });
});

describe('parseArgs', () => {
  it.each([
    [['--port', 'x'], /--port/],
    [['--wat'], /Unknown option/],
    [['--provider'], /--provider takes/],
  ])('should explain %j', (argv, message) => {
    const parsed = parseArgs(argv);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
