import { afterEach, describe, expect, it } from 'vitest';
import {
  clientAccessToken,
  type GraphErrorBody,
  pollLoginStatus,
  startDeviceLogin,
} from './support/facebook-client.js';
import {
  json,
  postForm,
  START_TIME,
  startTestEmulator,
  type TestEmulator,
} from './support/test-emulator.js';

let current: TestEmulator | undefined;
async function start(...args: Parameters<typeof startTestEmulator>): Promise<TestEmulator> {
  current = await startTestEmulator(...args);
  return current;
}
afterEach(async () => {
  await current?.emulator.close();
  current = undefined;
});

async function graphError(response: Response): Promise<GraphErrorBody['error']> {
  expect(response.status).toBe(400);
  return ((await json(response)) as GraphErrorBody).error;
}

/** Logs in through the Facebook flow and returns the user access token. */
async function login(testEmulator: TestEmulator, scope?: string): Promise<string> {
  const { emulator, advance } = testEmulator;
  const device = await startDeviceLogin(emulator, scope);
  emulator.approve(device.user_code);
  advance(5);
  const body = await json(await pollLoginStatus(emulator, device.code));
  return body.access_token as string;
}

describe('Facebook mode', () => {
  describe('POST /graph/vN/device/login', () => {
    it('should answer the device code fields and nothing else', async () => {
      const { emulator } = await start();
      const response = await postForm(`${emulator.graphUrl}/v21.0/device/login`, {
        access_token: '1234567890|emulator-client-token',
        scope: 'public_profile,email',
      });

      expect(response.status).toBe(200);
      const body = await json(response);
      expect(Object.keys(body).sort()).toEqual([
        'code',
        'expires_in',
        'interval',
        'user_code',
        'verification_uri',
      ]);
      expect(body.user_code).toMatch(/^[A-Z0-9]{8}$/);
      expect(body).toMatchObject({
        verification_uri: emulator.verificationUri,
        expires_in: 420,
        interval: 5,
      });
      expect(emulator.listPending()[0]).toMatchObject({
        flavor: 'facebook',
        clientId: '1234567890',
        scopes: ['public_profile', 'email'],
      });
    });

    it('should accept any Graph version and parameters in the query string', async () => {
      const { emulator } = await start();
      const query = new URLSearchParams({ access_token: clientAccessToken(emulator) });
      const response = await fetch(`${emulator.graphUrl}/v2.6/device/login?${query}`, {
        method: 'POST',
      });

      expect(response.status).toBe(200);
      expect(emulator.listPending()[0]?.scopes).toEqual(['public_profile']);
    });

    it('should answer error 190 for a wrong client token', async () => {
      const { emulator } = await start();
      const response = await postForm(`${emulator.graphUrl}/v21.0/device/login`, {
        access_token: '1234567890|wrong',
      });

      expect(await graphError(response)).toMatchObject({
        message: '(#190) This method must be called with a client access token',
        type: 'OAuthException',
        code: 190,
        fbtrace_id: expect.any(String),
      });
    });

    it('should answer error 190 without any access_token', async () => {
      const { emulator } = await start();
      const response = await postForm(`${emulator.graphUrl}/v21.0/device/login`, {
        scope: 'email',
      });

      expect((await graphError(response)).code).toBe(190);
    });
  });

  describe('POST /graph/vN/device/login_status', () => {
    it('should answer pending as code 31, subcode 1349174', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      advance(5);

      expect(await graphError(await pollLoginStatus(emulator, device.code))).toMatchObject({
        message: 'This request requires the user to take a pending action',
        type: 'OAuthException',
        code: 31,
        error_subcode: 1349174,
      });
    });

    it('should answer a poll sooner than the interval as code 17, subcode 1349172', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      advance(2);

      expect(await graphError(await pollLoginStatus(emulator, device.code))).toMatchObject({
        message: 'User request limit reached',
        code: 17,
        error_subcode: 1349172,
      });
    });

    it('should keep the interval after excessive polling', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      advance(2);
      await pollLoginStatus(emulator, device.code);
      advance(5);
      const error = await graphError(await pollLoginStatus(emulator, device.code));

      expect(error.error_subcode).toBe(1349174);
      expect(emulator.listPending()[0]?.interval).toBe(5);
    });

    it('should answer success without token_type or refresh_token', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      emulator.approve(device.user_code);
      advance(5);
      const response = await pollLoginStatus(emulator, device.code);

      expect(response.status).toBe(200);
      const body = await json(response);
      expect(Object.keys(body).sort()).toEqual([
        'access_token',
        'data_access_expiration_time',
        'expires_in',
      ]);
      expect(body.access_token).toMatch(/^EAA/);
      expect(body.expires_in).toBe(5_183_999);
      expect(body.data_access_expiration_time).toBe(START_TIME / 1000 + 5 + 90 * 86_400);
    });

    it('should answer subcode 1349173 once the user declines', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      emulator.deny(device.user_code);
      advance(5);

      expect((await graphError(await pollLoginStatus(emulator, device.code))).error_subcode).toBe(
        1349173,
      );
    });

    it('should answer code 463, subcode 1349152 after expiry, on every later poll', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      advance(420);
      const first = await graphError(await pollLoginStatus(emulator, device.code));
      advance(5);
      const second = await graphError(await pollLoginStatus(emulator, device.code));

      expect(first).toMatchObject({ code: 463, error_subcode: 1349152 });
      expect(second).toMatchObject({ code: 463, error_subcode: 1349152 });
    });

    it('should answer 1349152 for a code that already gave its token', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      emulator.approve(device.user_code);
      advance(5);
      await pollLoginStatus(emulator, device.code);
      advance(5);
      const error = await graphError(await pollLoginStatus(emulator, device.code));

      expect(error.error_subcode).toBe(1349152);
      expect(emulator.pollLog(device.user_code).map((entry) => entry.answer)).toEqual([
        'access_token',
        'expired_token',
      ]);
    });

    it('should answer error 100 for an unknown code', async () => {
      const { emulator } = await start();

      expect((await graphError(await pollLoginStatus(emulator, 'nope'))).code).toBe(100);
    });

    it('should answer error 100 without a code', async () => {
      const { emulator } = await start();
      const response = await postForm(`${emulator.graphUrl}/v21.0/device/login_status`, {
        access_token: clientAccessToken(emulator),
      });

      expect((await graphError(response)).code).toBe(100);
    });

    it('should answer error 190 for a wrong client token', async () => {
      const { emulator, advance } = await start();
      const device = await startDeviceLogin(emulator);
      advance(5);
      const response = await postForm(`${emulator.graphUrl}/v21.0/device/login_status`, {
        access_token: '1234567890|wrong',
        code: device.code,
      });

      expect((await graphError(response)).code).toBe(190);
      expect(emulator.pollLog(device.user_code)[0]?.answer).toBe('invalid_client');
    });
  });

  describe('GET /graph/vN/me', () => {
    it('should answer exactly the fields asked for', async () => {
      const testEmulator = await start();
      const token = await login(testEmulator);
      const response = await fetch(`${testEmulator.emulator.graphUrl}/v21.0/me?fields=id,name`, {
        headers: { authorization: `Bearer ${token}` },
      });

      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({ id: '10000001', name: 'Ada Lovelace' });
    });

    it('should answer email and picture when asked and permitted', async () => {
      const testEmulator = await start();
      const { emulator } = testEmulator;
      const token = await login(testEmulator);
      const response = await fetch(`${emulator.graphUrl}/v21.0/me?fields=id,name,email,picture`, {
        headers: { authorization: `Bearer ${token}` },
      });

      expect(await json(response)).toEqual({
        id: '10000001',
        name: 'Ada Lovelace',
        email: 'ada@example.test',
        picture: {
          data: { height: 50, width: 50, is_silhouette: true, url: `${emulator.url}/avatar.svg` },
        },
      });
    });

    it('should leave email out without the email permission', async () => {
      const testEmulator = await start();
      const token = await login(testEmulator, 'public_profile');
      const response = await fetch(`${testEmulator.emulator.graphUrl}/v21.0/me?fields=id,email`, {
        headers: { authorization: `Bearer ${token}` },
      });

      expect(await json(response)).toEqual({ id: '10000001' });
    });

    it('should answer id and name by default, with the token in the query', async () => {
      const testEmulator = await start();
      const token = await login(testEmulator);
      const query = new URLSearchParams({ access_token: token });
      const response = await fetch(`${testEmulator.emulator.graphUrl}/v21.0/me?${query}`);

      expect(await json(response)).toEqual({ id: '10000001', name: 'Ada Lovelace' });
    });

    it('should answer the granted permissions', async () => {
      const testEmulator = await start();
      const token = await login(testEmulator, 'email');
      const response = await fetch(
        `${testEmulator.emulator.graphUrl}/v21.0/me?fields=id,permissions,name`,
        { headers: { authorization: `Bearer ${token}` } },
      );

      expect((await json(response)).permissions).toEqual({
        data: [
          { permission: 'public_profile', status: 'granted' },
          { permission: 'email', status: 'granted' },
        ],
      });
    });

    it('should answer error 190 for a bad token', async () => {
      const { emulator } = await start();
      const response = await fetch(`${emulator.graphUrl}/v21.0/me?fields=id`, {
        headers: { authorization: 'Bearer EAAnope' },
      });

      expect((await graphError(response)).code).toBe(190);
    });

    it('should answer error 100 for a field users do not have', async () => {
      const testEmulator = await start();
      const token = await login(testEmulator);
      const response = await fetch(
        `${testEmulator.emulator.graphUrl}/v21.0/me?fields=id,shoe_size`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );

      expect(await graphError(response)).toMatchObject({
        code: 100,
        message: expect.stringContaining('(shoe_size)'),
      });
    });
  });

  describe('DELETE /graph/vN/me/permissions', () => {
    it('should revoke the token', async () => {
      const testEmulator = await start();
      const { graphUrl } = testEmulator.emulator;
      const token = await login(testEmulator);
      const headers = { authorization: `Bearer ${token}` };
      const response = await fetch(`${graphUrl}/v21.0/me/permissions`, {
        method: 'DELETE',
        headers,
      });

      expect(await json(response)).toEqual({ success: true });
      expect((await fetch(`${graphUrl}/v21.0/me`, { headers })).status).toBe(400);
    });
  });

  describe('GET /graph/vN/oauth/access_token', () => {
    function exchange(graphUrl: string, params: Record<string, string>) {
      return fetch(`${graphUrl}/v21.0/oauth/access_token?${new URLSearchParams(params)}`);
    }

    it('should trade a token for a long-lived one', async () => {
      const testEmulator = await start();
      const { graphUrl } = testEmulator.emulator;
      const token = await login(testEmulator);
      const response = await exchange(graphUrl, {
        grant_type: 'fb_exchange_token',
        client_id: '1234567890',
        client_secret: 'emulator-app-secret',
        fb_exchange_token: token,
      });

      expect(response.status).toBe(200);
      const body = await json(response);
      expect(body).toMatchObject({ token_type: 'bearer', expires_in: 5_183_944 });
      const me = await fetch(`${graphUrl}/v21.0/me`, {
        headers: { authorization: `Bearer ${body.access_token}` },
      });
      expect(await json(me)).toEqual({ id: '10000001', name: 'Ada Lovelace' });
    });

    it('should answer error 1 for a wrong app secret', async () => {
      const testEmulator = await start();
      const token = await login(testEmulator);
      const response = await exchange(testEmulator.emulator.graphUrl, {
        grant_type: 'fb_exchange_token',
        client_id: '1234567890',
        client_secret: 'wrong',
        fb_exchange_token: token,
      });

      expect((await graphError(response)).code).toBe(1);
    });

    it('should answer error 190 for an unknown token and 100 for a missing one', async () => {
      const { emulator } = await start();
      const base = { grant_type: 'fb_exchange_token', client_id: '1234567890' };
      const secret = { client_secret: 'emulator-app-secret' };
      const unknown = await exchange(emulator.graphUrl, {
        ...base,
        ...secret,
        fb_exchange_token: 'x',
      });
      const missing = await exchange(emulator.graphUrl, { ...base, ...secret });

      expect((await graphError(unknown)).code).toBe(190);
      expect((await graphError(missing)).code).toBe(100);
    });
  });
});
