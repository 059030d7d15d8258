import { existsSync } from 'node:fs';
import { acceleratedClock, silentLogger } from '@botlogin/core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBotkitBot } from '../src/start-botkit-bot.js';

const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// In CI a missing browser fails the run (the launch throws); by hand the test is skipped, loudly.
const runnable = existsSync(chromiumPath) || Boolean(process.env['CI']);
if (!runnable) {
  console.warn(
    `SKIPPED the Botkit web chat browser test: ${chromiumPath} is missing ` +
      '(apt-get install chromium to run it; in CI this is a failure).',
  );
}

describe.skipIf(!runnable)('the Botkit web chat in Chromium', () => {
  let browser: Browser;
  let bot: RunningBot;

  beforeAll(async () => {
    bot = await startBotkitBot({
      port: 0,
      clock: acceleratedClock(50),
      logger: silentLogger,
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('should log in: type login, approve on the emulator, read the reply', async () => {
    const chat = await browser.newPage();
    await chat.goto(bot.url);
    await expect.poll(() => chat.locator('#log li.bot').first().textContent()).toContain('Hello!');

    await chat.fill('#text', 'login');
    await chat.press('#text', 'Enter');
    const card = chat.locator('#log li.bot', { hasText: 'Only enter this code' });
    await card.waitFor();
    const code = (await card.locator('b').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(await chat.locator('#replies button').textContent()).toBe('Cancel');
    const link = (await card.locator('a.link').getAttribute('href')) ?? '';
    expect(link.startsWith(bot.emulator?.verificationUri ?? '-')).toBe(true);

    const approval = await browser.newPage();
    await approval.goto(link);
    await approval.fill('#user_code', code);
    await approval.click('button[type=submit]');
    await approval.click('button[value=approve]');

    const outcome = chat.locator('#log li.bot', { hasText: 'You are now logged in' });
    await outcome.waitFor({ timeout: 15_000 });
    expect(await outcome.textContent()).toBe('You are now logged in to Facebook as Ada Lovelace.');

    await chat.fill('#text', 'whoami');
    await chat.press('#text', 'Enter');
    await chat.locator('#log li.bot', { hasText: 'You are logged in to Facebook' }).waitFor();
  });

  it('should cancel with the Cancel quick reply', async () => {
    const chat = await browser.newPage();
    await chat.goto(bot.url);
    await chat.locator('#log li.bot').first().waitFor();
    await chat.fill('#text', 'login');
    await chat.press('#text', 'Enter');
    await chat.locator('#replies button', { hasText: 'Cancel' }).click();
    await chat
      .locator('#log li.bot', { hasText: 'The login to Facebook was cancelled.' })
      .waitFor();
  });
});
