import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pollToken, requestDeviceCode } from './support/rfc8628-client.js';
import { json, startTestEmulator, type TestEmulator } from './support/test-emulator.js';

/** Debian's package; the test drives the system browser instead of downloading one. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// In CI a missing browser must fail the run (launch throws below); by hand it is skipped, loudly.
const runnable = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!runnable) {
  console.warn(
    `[@botlogin/emulator] browser test SKIPPED: ${CHROMIUM} not found ` +
      '(apt-get install chromium to run it; in CI this is a failure)',
  );
}

describe.runIf(runnable)('the verification page in Chromium', () => {
  let browser: Browser;
  let current: TestEmulator | undefined;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await current?.emulator.close();
    current = undefined;
  });

  it('should let a user confirm the prefilled code and approve, then grant the token', async () => {
    current = await startTestEmulator();
    const { emulator, advance } = current;
    const device = await requestDeviceCode(emulator, 'openid profile email');
    const page = await browser.newPage();

    await page.goto(device.verification_uri_complete);
    await expect.poll(() => page.inputValue('input[name="user_code"]')).toBe(device.user_code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: /Allow Botlogin Playground/ }).waitFor();
    expect(await page.inputValue('input[name="name"]')).toBe('Ada Lovelace');
    // Set EMULATOR_SCREENSHOT=/tmp/consent.png to look at the consent page.
    if (process.env.EMULATOR_SCREENSHOT) {
      await page.screenshot({ path: process.env.EMULATOR_SCREENSHOT, fullPage: true });
    }
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText("You're signed in. You can return to the chat.").waitFor();
    advance(5);
    const response = await pollToken(emulator, device.device_code);

    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ token_type: 'Bearer' });
    await page.close();
  });

  it('should tell a user who types a wrong code that it is not right', async () => {
    current = await startTestEmulator();
    const page = await browser.newPage();

    await page.goto(current.emulator.verificationUri);
    await page.getByLabel('Code').fill('WRNG-CODE');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain("That code isn't right");
    expect(current.emulator.listPending()).toEqual([]);
    await page.close();
  });
});
