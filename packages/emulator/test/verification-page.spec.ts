import { afterEach, describe, expect, it } from 'vitest';
import { parseForm } from './support/parse-form.js';
import { pollToken, requestDeviceCode } from './support/rfc8628-client.js';
import { json, postForm, startTestEmulator, type TestEmulator } from './support/test-emulator.js';

let current: TestEmulator | undefined;
async function start(...args: Parameters<typeof startTestEmulator>): Promise<TestEmulator> {
  current = await startTestEmulator(...args);
  return current;
}
afterEach(async () => {
  await current?.emulator.close();
  current = undefined;
});

/** Posts a parsed form back with one button pressed, as a browser does. */
function submit(
  base: string,
  form: ReturnType<typeof parseForm>,
  button?: { name: string; value: string },
  overrides: Record<string, string> = {},
): Promise<Response> {
  const params = {
    ...form.fields,
    ...(button ? { [button.name]: button.value } : {}),
    ...overrides,
  };
  return postForm(`${base}${form.action}`, params);
}

/** Enters `code` on the entry page and returns the consent page's HTML. */
async function enterCode(base: string, code: string): Promise<Response> {
  const entry = parseForm(await (await fetch(`${base}/device`)).text(), '/device');
  return submit(base, entry, undefined, { user_code: code });
}

describe('the verification page', () => {
  describe('GET /device', () => {
    it('should show a form that posts user_code to /device', async () => {
      const { emulator } = await start();
      const response = await fetch(emulator.verificationUri);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const form = parseForm(await response.text(), '/device');
      expect(form).toMatchObject({ method: 'post', fields: { user_code: '' } });
    });

    it('should prefill the code from the query, escaped', async () => {
      const { emulator } = await start();
      const query = new URLSearchParams({ user_code: '"><script>alert(1)</script>' });
      const html = await (await fetch(`${emulator.verificationUri}?${query}`)).text();

      expect(html).not.toContain('<script>');
      expect(parseForm(html, '/device').fields.user_code).toBe('"><script>alert(1)</script>');
    });
  });

  describe('POST /device', () => {
    it('should show the consent form for a code typed in lower case without hyphen', async () => {
      const { emulator } = await start({ appName: 'Bots <& Co>' });
      const device = await requestDeviceCode(emulator, 'openid email');
      const response = await enterCode(
        emulator.url,
        device.user_code.replace('-', '').toLowerCase(),
      );

      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('Bots &lt;&amp; Co&gt;');
      expect(html).toContain('<li>openid</li><li>email</li>');
      const form = parseForm(html, '/device/decision');
      expect(form.method).toBe('post');
      expect(form.fields).toMatchObject({ user_code: device.user_code, name: 'Ada Lovelace' });
      expect(form.fields.csrf).toMatch(/^[\w-]{20,}$/);
      expect(form.buttons).toEqual([
        { name: 'decision', value: 'approve' },
        { name: 'decision', value: 'deny' },
      ]);
    });

    it("should say that a wrong code isn't right", async () => {
      const { emulator } = await start();
      const response = await enterCode(emulator.url, 'WRNG-CODE');

      expect(response.status).toBe(400);
      expect(await response.text()).toContain("That code isn't right");
    });

    it('should say that an expired code has expired', async () => {
      const { emulator } = await start();
      const device = await requestDeviceCode(emulator);
      emulator.expire(device.user_code);
      const html = await (await enterCode(emulator.url, device.user_code)).text();

      expect(html).toContain('This code has expired. Ask the bot for a new one.');
    });

    it('should say that a used code has been used', async () => {
      const { emulator } = await start();
      const device = await requestDeviceCode(emulator);
      emulator.approve(device.user_code);
      const html = await (await enterCode(emulator.url, device.user_code)).text();

      expect(html).toContain('This code has already been used.');
    });

    it('should ask for a code when none is sent', async () => {
      const { emulator } = await start();
      const html = await (await enterCode(emulator.url, '  ')).text();

      expect(html).toContain('Enter the code the bot gave you.');
    });
  });

  describe('POST /device/decision', () => {
    async function consentForm(testEmulator: TestEmulator) {
      const { emulator } = testEmulator;
      const device = await requestDeviceCode(emulator);
      const html = await (await enterCode(emulator.url, device.user_code)).text();
      return { device, form: parseForm(html, '/device/decision') };
    }

    it('should approve and then let the token endpoint grant', async () => {
      const testEmulator = await start();
      const { emulator, advance } = testEmulator;
      const { device, form } = await consentForm(testEmulator);
      const response = await submit(emulator.url, form, form.buttons[0]);
      advance(5);
      const token = await pollToken(emulator, device.device_code);

      expect(await response.text()).toContain("You're signed in. You can return to the chat.");
      expect(token.status).toBe(200);
    });

    it('should sign in as the name typed on the consent page', async () => {
      const testEmulator = await start();
      const { emulator, advance } = testEmulator;
      const { device, form } = await consentForm(testEmulator);
      await submit(emulator.url, form, form.buttons[0], { name: 'Grace Hopper' });
      advance(5);
      const { access_token } = await json(await pollToken(emulator, device.device_code));
      const me = await fetch(emulator.endpoints.userinfo, {
        headers: { authorization: `Bearer ${access_token}` },
      });

      expect(await json(me)).toMatchObject({
        name: 'Grace Hopper',
        email: 'grace.hopper@example.test',
        sub: expect.not.stringMatching(/^10000001$/),
      });
    });

    it('should deny', async () => {
      const testEmulator = await start();
      const { emulator } = testEmulator;
      const { device, form } = await consentForm(testEmulator);
      const response = await submit(emulator.url, form, form.buttons[1]);

      expect(await response.text()).toContain('You denied the request.');
      expect(emulator.listPending()[0]).toMatchObject({
        userCode: device.user_code,
        status: 'denied',
      });
    });

    it('should refuse a wrong csrf token and leave the code pending', async () => {
      const testEmulator = await start();
      const { emulator } = testEmulator;
      const { form } = await consentForm(testEmulator);
      const response = await submit(emulator.url, form, form.buttons[0], { csrf: 'forged' });

      expect(response.status).toBe(403);
      expect(emulator.listPending()[0]?.status).toBe('pending');
    });

    it('should refuse a second decision on the same code', async () => {
      const testEmulator = await start();
      const { emulator } = testEmulator;
      const { form } = await consentForm(testEmulator);
      await submit(emulator.url, form, form.buttons[0]);
      const again = await submit(emulator.url, form, form.buttons[1]);

      expect(await again.text()).toContain('This code has already been used.');
      expect(emulator.listPending()[0]?.status).toBe('approved');
    });
  });
});
