import { afterEach, describe, expect, it } from 'vitest';
import { json, postForm, startTestEmulator, type TestEmulator } from './support/test-emulator.js';

const GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let current: TestEmulator | undefined;
afterEach(async () => {
  await current?.emulator.close();
  current = undefined;
});

describe('Google mode', () => {
  it('should answer verification_url, 428 pending, 403 slow_down and 403 access_denied', async () => {
    current = await startTestEmulator();
    const { emulator } = current;
    const { clientId, clientSecret, oauthUrl } = emulator.google;
    const start = await json(
      await postForm(`${oauthUrl}/device/code`, { client_id: clientId, scope: 'openid email' }),
    );
    expect(start).toMatchObject({ expires_in: 1800, interval: 5 });
    expect(start.verification_url).toBe(`${emulator.url}/device`);
    expect(start.verification_uri).toBeUndefined();

    const poll = (secret = clientSecret) =>
      postForm(`${oauthUrl}/token`, {
        client_id: clientId,
        client_secret: secret,
        device_code: start.device_code,
        grant_type: GRANT,
      });
    const early = await poll();
    expect(early.status).toBe(403);
    expect(await json(early)).toEqual({ error: 'slow_down', error_description: 'Forbidden' });
    current.advance(10);
    const pending = await poll();
    expect(pending.status).toBe(428);
    expect(await json(pending)).toMatchObject({ error: 'authorization_pending' });
    expect((await poll('wrong')).status).toBe(401);

    emulator.deny(start.user_code);
    current.advance(10);
    const denied = await poll();
    expect(denied.status).toBe(403);
    expect(await json(denied)).toMatchObject({ error: 'access_denied' });
  });

  it('should refuse a scope outside the device allow-list with invalid_scope', async () => {
    current = await startTestEmulator();
    const { clientId, oauthUrl } = current.emulator.google;
    const response = await postForm(`${oauthUrl}/device/code`, {
      client_id: clientId,
      scope: 'https://www.googleapis.com/auth/gmail.readonly',
    });
    expect(response.status).toBe(400);
    expect(await json(response)).toEqual({
      error: 'invalid_scope',
      error_description:
        'Invalid device flow scope: https://www.googleapis.com/auth/gmail.readonly',
    });
  });

  it('should issue a refresh token, refresh without rotation, serve userinfo and revoke', async () => {
    current = await startTestEmulator();
    const { emulator } = current;
    const { clientId, clientSecret, oauthUrl, openidUrl } = emulator.google;
    const start = await json(
      await postForm(`${oauthUrl}/device/code`, { client_id: clientId, scope: 'openid profile' }),
    );
    emulator.approve(start.user_code);
    current.advance(5);
    const tokens = await json(
      await postForm(`${oauthUrl}/token`, {
        client_id: clientId,
        client_secret: clientSecret,
        device_code: start.device_code,
        grant_type: GRANT,
      }),
    );
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3599,
      scope: 'openid profile',
    });
    expect(tokens.refresh_token).toMatch(/^1\/\//);

    const refreshed = await json(
      await postForm(`${oauthUrl}/token`, {
        client_id: clientId,
        client_secret: clientSecret,
        refresh_token: tokens.refresh_token,
        grant_type: 'refresh_token',
      }),
    );
    expect(refreshed.refresh_token).toBeUndefined();
    const info = await json(
      await fetch(`${openidUrl}/v1/userinfo`, {
        headers: { authorization: `Bearer ${refreshed.access_token}` },
      }),
    );
    expect(info).toMatchObject({ sub: '10000001', name: 'Ada Lovelace' });
    expect(info.email).toBeUndefined();

    expect((await postForm(`${oauthUrl}/revoke`, { token: tokens.refresh_token })).status).toBe(
      200,
    );
    const after = await postForm(`${oauthUrl}/revoke`, { token: tokens.refresh_token });
    expect(after.status).toBe(400);
  });
});
