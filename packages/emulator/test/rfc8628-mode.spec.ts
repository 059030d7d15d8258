import { afterEach, describe, expect, it } from 'vitest';
import { DEVICE_GRANT, pollToken, requestDeviceCode } from './support/rfc8628-client.js';
import {
  basicAuth,
  json,
  postForm,
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

const USER_CODE = /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/;

describe('RFC 8628 mode', () => {
  describe('POST /oauth/device_authorization', () => {
    it('should answer the device authorization response as JSON', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.deviceAuthorization, {
        client_id: 'botlogin-playground',
        scope: 'openid email',
      });

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await json(response);
      expect(Object.keys(body).sort()).toEqual([
        'device_code',
        'expires_in',
        'interval',
        'user_code',
        'verification_uri',
        'verification_uri_complete',
      ]);
      expect(body.user_code).toMatch(USER_CODE);
      expect(body.verification_uri).toBe(`${emulator.url}/device`);
      expect(body.verification_uri_complete).toBe(
        `${emulator.url}/device?user_code=${body.user_code}`,
      );
      expect(body).toMatchObject({ expires_in: 900, interval: 5 });
      expect(emulator.listPending()).toEqual([
        expect.objectContaining({
          userCode: body.user_code,
          flavor: 'rfc8628',
          clientId: 'botlogin-playground',
          scopes: ['openid', 'email'],
          status: 'pending',
          interval: 5,
        }),
      ]);
    });

    it('should use the default scopes when none is asked for', async () => {
      const { emulator } = await start();
      await postForm(emulator.endpoints.deviceAuthorization, { client_id: 'botlogin-playground' });

      expect(emulator.listPending()[0]?.scopes).toEqual(['openid', 'profile', 'email']);
    });

    it('should answer 401 invalid_client for an unknown client', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.deviceAuthorization, { client_id: 'x' });

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
      expect(await json(response)).toMatchObject({ error: 'invalid_client' });
    });

    it('should answer 401 invalid_client without any client_id', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.deviceAuthorization, { scope: 'a' });

      expect(response.status).toBe(401);
      expect(await json(response)).toMatchObject({ error: 'invalid_client' });
    });

    it('should answer invalid_request for a JSON body', async () => {
      const { emulator } = await start();
      const response = await fetch(emulator.endpoints.deviceAuthorization, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: 'botlogin-playground' }),
      });

      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ error: 'invalid_request' });
    });

    describe('when a client secret is configured', () => {
      const options = { rfc8628: { clientId: 'bot', clientSecret: 's3cr+t x' } };

      it('should accept client_secret_basic', async () => {
        const { emulator } = await start(options);
        const response = await postForm(
          emulator.endpoints.deviceAuthorization,
          {},
          basicAuth('bot', 's3cr+t x'),
        );

        expect(response.status).toBe(200);
      });

      it('should accept client_secret_post', async () => {
        const { emulator } = await start(options);
        const response = await postForm(emulator.endpoints.deviceAuthorization, {
          client_id: 'bot',
          client_secret: 's3cr+t x',
        });

        expect(response.status).toBe(200);
      });

      it('should answer 401 invalid_client without the secret', async () => {
        const { emulator } = await start(options);
        const response = await postForm(emulator.endpoints.deviceAuthorization, {
          client_id: 'bot',
        });

        expect(response.status).toBe(401);
        expect(await json(response)).toMatchObject({ error: 'invalid_client' });
      });

      it('should answer 401 invalid_client for a wrong secret', async () => {
        const { emulator } = await start(options);
        const response = await postForm(
          emulator.endpoints.deviceAuthorization,
          {},
          basicAuth('bot', 'wrong'),
        );

        expect(response.status).toBe(401);
        expect(await json(response)).toMatchObject({ error: 'invalid_client' });
      });

      it('should answer invalid_request when both methods are used', async () => {
        const { emulator } = await start(options);
        const response = await postForm(
          emulator.endpoints.deviceAuthorization,
          { client_secret: 's3cr+t x' },
          basicAuth('bot', 's3cr+t x'),
        );

        expect(response.status).toBe(400);
        expect(await json(response)).toMatchObject({ error: 'invalid_request' });
      });

      it('should require the secret on the token endpoint too', async () => {
        const { emulator } = await start(options);
        const response = await postForm(emulator.endpoints.token, {
          grant_type: DEVICE_GRANT,
          device_code: 'x',
          client_id: 'bot',
        });

        expect(response.status).toBe(401);
        expect(await json(response)).toMatchObject({ error: 'invalid_client' });
      });
    });
  });

  describe('POST /oauth/token with the device code grant', () => {
    it('should answer authorization_pending while the user has not decided', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      advance(5);
      const response = await pollToken(emulator, device.device_code);

      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ error: 'authorization_pending' });
    });

    it('should answer slow_down to a first poll sooner than the interval', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      advance(4);
      const response = await pollToken(emulator, device.device_code);

      expect(response.status).toBe(400);
      expect(await json(response)).toMatchObject({ error: 'slow_down' });
    });

    it('should raise the interval by 5 s for every later poll after slow_down', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      advance(5);
      await pollToken(emulator, device.device_code);
      advance(1);
      const tooFast = await pollToken(emulator, device.device_code);
      advance(5);
      const stillTooFast = await pollToken(emulator, device.device_code);
      advance(15);
      const inTime = await pollToken(emulator, device.device_code);

      expect((await json(tooFast)).error).toBe('slow_down');
      expect((await json(stillTooFast)).error).toBe('slow_down');
      expect((await json(inTime)).error).toBe('authorization_pending');
      expect(emulator.listPending()[0]?.interval).toBe(15);
    });

    it('should not answer slow_down when enforceInterval is off', async () => {
      const { emulator } = await start({ enforceInterval: false });
      const device = await requestDeviceCode(emulator);
      const response = await pollToken(emulator, device.device_code);

      expect((await json(response)).error).toBe('authorization_pending');
    });

    it('should grant a token once the user approves, then answer invalid_grant', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator, 'openid email');
      emulator.approve(device.user_code);
      advance(5);
      const granted = await pollToken(emulator, device.device_code);
      advance(5);
      const replay = await pollToken(emulator, device.device_code);

      expect(granted.status).toBe(200);
      expect(granted.headers.get('cache-control')).toBe('no-store');
      const body = await json(granted);
      expect(Object.keys(body).sort()).toEqual([
        'access_token',
        'expires_in',
        'refresh_token',
        'scope',
        'token_type',
      ]);
      expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'openid email' });
      expect(replay.status).toBe(400);
      expect((await json(replay)).error).toBe('invalid_grant');
      expect(emulator.listPending()[0]?.status).toBe('consumed');
    });

    it('should keep answering access_denied once the user denies', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      emulator.deny(device.user_code);
      advance(5);
      const first = await pollToken(emulator, device.device_code);
      const second = await pollToken(emulator, device.device_code);

      expect((await json(first)).error).toBe('access_denied');
      expect((await json(second)).error).toBe('access_denied');
    });

    it('should answer expired_token after the lifetime, never pending again', async () => {
      const { emulator, advance } = await start({ rfc8628: { expiresIn: 30 } });
      const device = await requestDeviceCode(emulator);
      advance(30);
      const answers: string[] = [];
      for (let poll = 0; poll < 3; poll += 1) {
        answers.push((await json(await pollToken(emulator, device.device_code))).error);
        advance(10);
      }

      expect(answers).toEqual(['expired_token', 'expired_token', 'expired_token']);
      expect(emulator.listPending()[0]?.status).toBe('expired');
    });

    it('should answer expired_token when an approved code outlived its lifetime', async () => {
      const { emulator, advance } = await start({ rfc8628: { expiresIn: 30 } });
      const device = await requestDeviceCode(emulator);
      emulator.approve(device.user_code);
      advance(31);
      const response = await pollToken(emulator, device.device_code);

      expect((await json(response)).error).toBe('expired_token');
    });

    it('should answer expired_token after expire()', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      emulator.expire(device.user_code);
      advance(5);
      const response = await pollToken(emulator, device.device_code);

      expect((await json(response)).error).toBe('expired_token');
    });

    it('should answer invalid_grant for an unknown device_code', async () => {
      const { emulator } = await start();
      const response = await pollToken(emulator, 'not-a-device-code');

      expect(response.status).toBe(400);
      expect((await json(response)).error).toBe('invalid_grant');
    });

    it('should answer invalid_request without a device_code', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.token, {
        grant_type: DEVICE_GRANT,
        client_id: 'botlogin-playground',
      });

      expect(response.status).toBe(400);
      expect((await json(response)).error).toBe('invalid_request');
    });

    it('should answer invalid_request without a grant_type', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.token, {
        client_id: 'botlogin-playground',
      });

      expect(response.status).toBe(400);
      expect((await json(response)).error).toBe('invalid_request');
    });

    it('should answer unsupported_grant_type for other grants', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.token, {
        grant_type: 'password',
        client_id: 'botlogin-playground',
      });

      expect(response.status).toBe(400);
      expect((await json(response)).error).toBe('unsupported_grant_type');
    });

    it('should answer 401 invalid_client for another client and log it', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      advance(5);
      const response = await postForm(emulator.endpoints.token, {
        grant_type: DEVICE_GRANT,
        device_code: device.device_code,
        client_id: 'someone-else',
      });

      expect(response.status).toBe(401);
      expect((await json(response)).error).toBe('invalid_client');
      expect(emulator.pollLog(device.user_code).map((entry) => entry.answer)).toEqual([
        'invalid_client',
      ]);
    });

    it('should log every poll with its time and answer', async () => {
      const { emulator, advance } = await start();
      const device = await requestDeviceCode(emulator);
      await pollToken(emulator, device.device_code);
      advance(10);
      await pollToken(emulator, device.device_code);
      emulator.approve(device.user_code);
      advance(10);
      await pollToken(emulator, device.device_code);

      expect(emulator.pollLog(device.user_code)).toEqual([
        { at: 1_700_000_000_000, answer: 'slow_down' },
        { at: 1_700_000_010_000, answer: 'authorization_pending' },
        { at: 1_700_000_020_000, answer: 'access_token' },
      ]);
    });

    it('should apply setInterval to one code and setDefaults to later codes', async () => {
      const { emulator, advance } = await start();
      const first = await requestDeviceCode(emulator);
      emulator.setInterval(first.user_code, 1);
      emulator.setDefaults('rfc8628', { expiresIn: 60, interval: 2 });
      const second = await requestDeviceCode(emulator);
      advance(1);
      const response = await pollToken(emulator, first.device_code);

      expect((await json(response)).error).toBe('authorization_pending');
      expect(second).toMatchObject({ expires_in: 60, interval: 2 });
    });
  });

  describe('POST /oauth/token with the refresh token grant', () => {
    async function login(testEmulator: TestEmulator) {
      const { emulator, advance } = testEmulator;
      const device = await requestDeviceCode(emulator, 'openid profile email');
      emulator.approve(device.user_code);
      advance(5);
      return (await json(await pollToken(emulator, device.device_code))) as {
        access_token: string;
        refresh_token: string;
      };
    }
    const refresh = (url: string, refreshToken: string, scope?: string) =>
      postForm(url, {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: 'botlogin-playground',
        ...(scope ? { scope } : {}),
      });

    it('should rotate the refresh token and refuse the old one', async () => {
      const testEmulator = await start();
      const { endpoints } = testEmulator.emulator;
      const tokens = await login(testEmulator);
      const first = await refresh(endpoints.token, tokens.refresh_token);
      const replay = await refresh(endpoints.token, tokens.refresh_token);

      expect(first.status).toBe(200);
      const body = await json(first);
      expect(body.refresh_token).not.toBe(tokens.refresh_token);
      expect(body.access_token).not.toBe(tokens.access_token);
      expect(body).toMatchObject({ token_type: 'Bearer', scope: 'openid profile email' });
      expect(replay.status).toBe(400);
      expect((await json(replay)).error).toBe('invalid_grant');
      const next = await refresh(endpoints.token, body.refresh_token);
      expect(next.status).toBe(200);
    });

    it('should hand back the same refresh token when rotation is off', async () => {
      const testEmulator = await start({ rfc8628: { refreshTokenRotation: false } });
      const { endpoints } = testEmulator.emulator;
      const tokens = await login(testEmulator);
      const first = await json(await refresh(endpoints.token, tokens.refresh_token));
      const second = await refresh(endpoints.token, tokens.refresh_token);

      expect(first.refresh_token).toBe(tokens.refresh_token);
      expect(second.status).toBe(200);
    });

    it('should allow a narrower scope and refuse a wider one', async () => {
      const testEmulator = await start();
      const { endpoints } = testEmulator.emulator;
      const tokens = await login(testEmulator);
      const wider = await refresh(endpoints.token, tokens.refresh_token, 'openid admin');
      const narrower = await refresh(endpoints.token, tokens.refresh_token, 'openid');

      expect(wider.status).toBe(400);
      expect((await json(wider)).error).toBe('invalid_scope');
      expect((await json(narrower)).scope).toBe('openid');
    });

    it('should answer invalid_request without a refresh_token', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.token, {
        grant_type: 'refresh_token',
        client_id: 'botlogin-playground',
      });

      expect((await json(response)).error).toBe('invalid_request');
    });
  });

  describe('GET /oauth/userinfo', () => {
    async function accessToken(testEmulator: TestEmulator, user?: { name: string }) {
      const { emulator, advance } = testEmulator;
      const device = await requestDeviceCode(emulator);
      emulator.approve(device.user_code, user);
      advance(5);
      return (await json(await pollToken(emulator, device.device_code))) as {
        access_token: string;
        refresh_token: string;
      };
    }
    const userinfo = (url: string, token: string) =>
      fetch(url, { headers: { authorization: `Bearer ${token}` } });

    it('should answer who the token belongs to', async () => {
      const testEmulator = await start();
      const { emulator } = testEmulator;
      const tokens = await accessToken(testEmulator);
      const response = await userinfo(emulator.endpoints.userinfo, tokens.access_token);

      expect(response.status).toBe(200);
      expect(await json(response)).toEqual({
        sub: '10000001',
        name: 'Ada Lovelace',
        email: 'ada@example.test',
        picture: `${emulator.url}/avatar.svg`,
      });
      expect((await fetch(`${emulator.url}/avatar.svg`)).headers.get('content-type')).toBe(
        'image/svg+xml',
      );
    });

    it('should answer the user approve() was given', async () => {
      const testEmulator = await start();
      const tokens = await accessToken(testEmulator, { name: 'Grace Hopper' });
      const response = await userinfo(
        testEmulator.emulator.endpoints.userinfo,
        tokens.access_token,
      );

      expect(await json(response)).toMatchObject({ sub: '10000001', name: 'Grace Hopper' });
    });

    it('should answer 401 invalid_token for an unknown token', async () => {
      const { emulator } = await start();
      const response = await userinfo(emulator.endpoints.userinfo, 'nope');

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect((await json(response)).error).toBe('invalid_token');
    });

    it('should answer 401 with a challenge when no token is sent', async () => {
      const { emulator } = await start();
      const response = await fetch(emulator.endpoints.userinfo);

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    });

    it('should refuse an access token past its lifetime', async () => {
      const testEmulator = await start({ rfc8628: { accessTokenTtl: 60 } });
      const tokens = await accessToken(testEmulator);
      testEmulator.advance(60);
      const response = await userinfo(
        testEmulator.emulator.endpoints.userinfo,
        tokens.access_token,
      );

      expect(response.status).toBe(401);
    });

    describe('after POST /oauth/revoke', () => {
      it('should refuse a revoked access token', async () => {
        const testEmulator = await start();
        const { endpoints } = testEmulator.emulator;
        const tokens = await accessToken(testEmulator);
        const revoked = await postForm(endpoints.revocation, {
          token: tokens.access_token,
          client_id: 'botlogin-playground',
        });

        expect(revoked.status).toBe(200);
        expect((await userinfo(endpoints.userinfo, tokens.access_token)).status).toBe(401);
      });

      it('should end the refresh token and its access tokens', async () => {
        const testEmulator = await start();
        const { endpoints } = testEmulator.emulator;
        const tokens = await accessToken(testEmulator);
        await postForm(endpoints.revocation, {
          token: tokens.refresh_token,
          token_type_hint: 'refresh_token',
          client_id: 'botlogin-playground',
        });
        const refreshed = await postForm(endpoints.token, {
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token,
          client_id: 'botlogin-playground',
        });

        expect((await json(refreshed)).error).toBe('invalid_grant');
        expect((await userinfo(endpoints.userinfo, tokens.access_token)).status).toBe(401);
      });
    });
  });

  describe('POST /oauth/revoke', () => {
    it('should answer 200 for an unknown token', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.revocation, {
        token: 'never-issued',
        client_id: 'botlogin-playground',
      });

      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    });

    it('should answer invalid_request without a token', async () => {
      const { emulator } = await start();
      const response = await postForm(emulator.endpoints.revocation, {
        client_id: 'botlogin-playground',
      });

      expect(response.status).toBe(400);
      expect((await json(response)).error).toBe('invalid_request');
    });
  });

  describe('GET /.well-known/oauth-authorization-server', () => {
    it('should describe the endpoints and grants', async () => {
      const { emulator } = await start();
      const response = await fetch(`${emulator.url}/.well-known/oauth-authorization-server`);

      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({
        issuer: emulator.issuer,
        device_authorization_endpoint: emulator.endpoints.deviceAuthorization,
        token_endpoint: emulator.endpoints.token,
        revocation_endpoint: emulator.endpoints.revocation,
        userinfo_endpoint: emulator.endpoints.userinfo,
        grant_types_supported: [DEVICE_GRANT, 'refresh_token'],
      });
    });

    it('should serve the same document as openid-configuration', async () => {
      const { emulator } = await start();
      const oauth = await fetch(`${emulator.url}/.well-known/oauth-authorization-server`);
      const openid = await fetch(`${emulator.url}/.well-known/openid-configuration`);

      expect(await json(openid)).toEqual(await json(oauth));
    });
  });
});
