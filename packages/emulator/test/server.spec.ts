import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.js';
import { clientAccessToken, pollLoginStatus, startDeviceLogin } from './support/facebook-client.js';
import { pollToken, requestDeviceCode } from './support/rfc8628-client.js';
import { json, startTestEmulator, type TestEmulator } from './support/test-emulator.js';

let current: TestEmulator | undefined;
async function start(...args: Parameters<typeof startTestEmulator>): Promise<TestEmulator> {
  current = await startTestEmulator(...args);
  return current;
}
afterEach(async () => {
  await current?.emulator.close();
  current = undefined;
});

/** Sends raw bytes, for bodies `fetch` would not produce. */
function rawPost(url: string, contentType: string, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': contentType } });
    req.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('startEmulator', () => {
  describe('when listening', () => {
    it('should listen on 127.0.0.1 and expose its URLs', async () => {
      const { emulator } = await start();

      expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(emulator.graphUrl).toBe(`${emulator.url}/graph`);
      expect(emulator.verificationUri).toBe(`${emulator.url}/device`);
      expect(emulator.issuer).toBe(emulator.url);
      expect(emulator.endpoints).toEqual({
        deviceAuthorization: `${emulator.url}/oauth/device_authorization`,
        token: `${emulator.url}/oauth/token`,
        userinfo: `${emulator.url}/oauth/userinfo`,
        revocation: `${emulator.url}/oauth/revoke`,
      });
      expect(emulator.facebook).toMatchObject({
        appId: '1234567890',
        clientToken: 'emulator-client-token',
      });
      expect(emulator.rfc8628).toEqual({ clientId: 'botlogin-playground' });
    });

    it('should refuse a non-loopback host', async () => {
      await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(/non-loopback/);
      await expect(startEmulator({ host: '192.168.1.10' })).rejects.toThrow(/non-loopback/);
    });

    it('should refuse a negative lifetime', async () => {
      await expect(startEmulator({ rfc8628: { expiresIn: -1 } })).rejects.toThrow(/expiresIn/);
    });
  });

  describe('when a request has no route', () => {
    it('should answer 404 as JSON', async () => {
      const { emulator } = await start();
      const response = await fetch(`${emulator.url}/nothing/here`);

      expect(response.status).toBe(404);
      expect(await json(response)).toMatchObject({ error: 'not_found' });
    });

    it('should answer 404 for an unknown Graph path', async () => {
      const { emulator } = await start();

      expect((await fetch(`${emulator.graphUrl}/v21.0/friends`)).status).toBe(404);
    });

    it('should answer 405 with Allow for a known path and another method', async () => {
      const { emulator } = await start();
      const response = await fetch(emulator.endpoints.token);

      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    });
  });

  describe('when a body is malformed', () => {
    it('should answer invalid_request for a text body', async () => {
      const { emulator } = await start();
      const status = await rawPost(emulator.endpoints.token, 'text/plain', Buffer.from('hello'));

      expect(status).toBe(400);
    });

    it('should answer a proper OAuth error for broken percent-encoding', async () => {
      const { emulator } = await start();
      const response = await fetch(emulator.endpoints.token, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=%E0%A4%A&client_id=%%%',
      });

      expect(response.status).toBe(400);
      expect((await json(response)).error).toBe('unsupported_grant_type');
    });

    it('should answer 413 for an oversized body and keep serving', async () => {
      const { emulator } = await start();
      const status = await rawPost(
        emulator.endpoints.token,
        'application/x-www-form-urlencoded',
        Buffer.alloc(100 * 1024, 'a'),
      );

      expect(status).toBe(413);
      expect((await fetch(`${emulator.url}/device`)).status).toBe(200);
    });

    it('should answer Graph error 190 for a JSON body on device/login', async () => {
      const { emulator } = await start();
      const response = await fetch(`${emulator.graphUrl}/v21.0/device/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"access_token": ',
      });

      expect(response.status).toBe(400);
      expect((await json(response)).error.code).toBe(190);
    });
  });

  describe('the control API', () => {
    it('should throw a clear error for unknown codes', async () => {
      const { emulator } = await start();

      expect(() => emulator.approve('NOPE-NOPE')).toThrow(/unknown user code "NOPE-NOPE"/);
      expect(() => emulator.deny('NOPE')).toThrow(/unknown user code/);
      expect(() => emulator.expire('NOPE')).toThrow(/unknown user code/);
      expect(() => emulator.setInterval('NOPE', 1)).toThrow(/unknown user code/);
      expect(() => emulator.pollLog('NOPE')).toThrow(/unknown user code/);
    });

    it('should match codes regardless of case, hyphens and spaces', async () => {
      const { emulator } = await start();
      const device = await requestDeviceCode(emulator);
      const typed = ` ${device.user_code.replace('-', ' ').toLowerCase()} `;
      emulator.approve(typed);

      expect(emulator.listPending()[0]?.status).toBe('approved');
    });

    it('should refuse to approve a code that is no longer pending', async () => {
      const { emulator } = await start();
      const device = await requestDeviceCode(emulator);
      emulator.deny(device.user_code);

      expect(() => emulator.approve(device.user_code)).toThrow(/it is denied/);
    });

    it('should refuse to expire a consumed code', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      emulator.approve(device.user_code);
      advance(5);
      await pollToken(emulator, device.device_code);

      expect(() => emulator.expire(device.user_code)).toThrow(/consumed/);
    });

    it('should apply setDefaults to Facebook codes', async () => {
      const { emulator } = await start();
      emulator.setDefaults('facebook', { expiresIn: 30, interval: 1 });
      const device = await startDeviceLogin(emulator);

      expect(device).toMatchObject({ expires_in: 30, interval: 1 });
    });
  });

  describe('the log', () => {
    it('should carry no token, code or client secret', async () => {
      const lines: string[] = [];
      const { emulator, advance } = await start({ log: (line) => lines.push(line) });
      const device = await startDeviceLogin(emulator);
      emulator.approve(device.user_code);
      advance(5);
      const granted = await json(await pollLoginStatus(emulator, device.code));
      const query = new URLSearchParams({ access_token: granted.access_token, fields: 'id' });
      await fetch(`${emulator.graphUrl}/v21.0/me?${query}`);

      const secrets = [device.code, granted.access_token, emulator.facebook.clientToken];
      expect(lines).toHaveLength(3);
      expect(lines[2]).toBe('GET /graph/v21.0/me 200');
      for (const secret of secrets) {
        expect(lines.join('\n')).not.toContain(secret);
      }
      expect(clientAccessToken(emulator)).toContain('|');
    });
  });
});
