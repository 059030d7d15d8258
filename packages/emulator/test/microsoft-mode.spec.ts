import { afterEach, describe, expect, it } from 'vitest';
import { json, postForm, startTestEmulator, type TestEmulator } from './support/test-emulator.js';

const GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let current: TestEmulator | undefined;
afterEach(async () => {
  await current?.emulator.close();
  current = undefined;
});

async function begin(scope: string) {
  current = await startTestEmulator();
  const { emulator } = current;
  const base = `${emulator.microsoft.authorityUrl}/organizations/oauth2/v2.0`;
  const start = await json(
    await postForm(`${base}/devicecode`, { client_id: emulator.microsoft.clientId, scope }),
  );
  const poll = () =>
    postForm(`${base}/token`, {
      client_id: emulator.microsoft.clientId,
      device_code: start.device_code,
      grant_type: GRANT,
    });
  return { emulator, base, start, poll };
}

describe('Microsoft mode', () => {
  it('should answer a message and authorization_declined with AADSTS codes', async () => {
    const { emulator, start, poll } = await begin('User.Read');
    expect(start.message).toContain(start.user_code);
    expect(start.verification_uri_complete).toBeUndefined();
    current?.advance(5);
    const pending = await poll();
    expect(pending.status).toBe(400);
    const body = await json(pending);
    expect(body).toMatchObject({ error: 'authorization_pending', error_codes: [70016] });
    expect(body.error_description).toMatch(/^AADSTS70016:/);

    emulator.deny(start.user_code);
    current?.advance(5);
    expect(await json(await poll())).toMatchObject({ error: 'authorization_declined' });
    current?.advance(5);
    expect(await json(await poll())).toMatchObject({ error: 'authorization_declined' });
  });

  it('should answer expired_token, and bad_verification_code for an unknown code', async () => {
    const { emulator, base, start, poll } = await begin('User.Read');
    emulator.expire(start.user_code);
    expect(await json(await poll())).toMatchObject({ error: 'expired_token' });
    const unknown = await postForm(`${base}/token`, {
      client_id: emulator.microsoft.clientId,
      device_code: 'nope',
      grant_type: GRANT,
    });
    expect(await json(unknown)).toMatchObject({ error: 'bad_verification_code' });
  });

  it('should rotate refresh tokens (offline_access) and serve Graph /me', async () => {
    const { emulator, base, start, poll } = await begin('User.Read offline_access');
    emulator.approve(start.user_code);
    current?.advance(5);
    const tokens = await json(await poll());
    expect(tokens).toMatchObject({ token_type: 'Bearer', scope: 'User.Read' });
    const refresh = (token: string) =>
      postForm(`${base}/token`, {
        client_id: emulator.microsoft.clientId,
        refresh_token: token,
        grant_type: 'refresh_token',
      });
    const next = await json(await refresh(tokens.refresh_token));
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect(await json(await refresh(tokens.refresh_token))).toMatchObject({
      error: 'invalid_grant',
    });
    const me = await json(
      await fetch(`${emulator.microsoft.graphUrl}/v1.0/me`, {
        headers: { authorization: `Bearer ${next.access_token}` },
      }),
    );
    expect(me).toMatchObject({ id: '10000001', displayName: 'Ada Lovelace' });
  });
});
