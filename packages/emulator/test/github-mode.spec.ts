import { afterEach, describe, expect, it } from 'vitest';
import { json, postForm, startTestEmulator, type TestEmulator } from './support/test-emulator.js';

const GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let current: TestEmulator | undefined;
afterEach(async () => {
  await current?.emulator.close();
  current = undefined;
});

async function issue(accept?: string) {
  current = await startTestEmulator();
  const { emulator } = current;
  const response = await postForm(
    `${emulator.github.webUrl}/login/device/code`,
    { client_id: emulator.github.clientId, scope: 'read:user user:email' },
    accept ? { accept } : {},
  );
  return { emulator, response };
}

describe('GitHub mode', () => {
  it('should answer the device code form-encoded unless JSON is asked for', async () => {
    const { response } = await issue();
    expect(response.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    const fields = new URLSearchParams(await response.text());
    expect(fields.get('user_code')).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(fields.get('expires_in')).toBe('900');
    expect(fields.get('interval')).toBe('5');
    expect(fields.has('verification_uri_complete')).toBe(false);
  });

  it('should put every polling error under HTTP 200, slow_down with its new interval', async () => {
    const { emulator, response } = await issue('application/json');
    const { device_code } = await json(response);
    const poll = () =>
      postForm(
        `${emulator.github.webUrl}/login/oauth/access_token`,
        { client_id: emulator.github.clientId, device_code, grant_type: GRANT },
        { accept: 'application/json' },
      );
    const early = await poll();
    expect(early.status).toBe(200);
    expect(await json(early)).toMatchObject({ error: 'slow_down', interval: 10 });
    current?.advance(10);
    const pending = await poll();
    expect(pending.status).toBe(200);
    expect(await json(pending)).toMatchObject({ error: 'authorization_pending' });

    const [code] = emulator.listPending();
    emulator.approve(code?.userCode ?? '');
    current?.advance(10);
    const granted = await json(await poll());
    expect(granted).toMatchObject({ token_type: 'bearer', scope: 'read:user,user:email' });
    expect(granted.access_token).toMatch(/^gho_/);

    const user = await fetch(`${emulator.github.apiUrl}/user`, {
      headers: { authorization: `Bearer ${granted.access_token}` },
    });
    expect(await json(user)).toMatchObject({ name: 'Ada Lovelace', email: null, id: 10000001 });
    const emails = await fetch(`${emulator.github.apiUrl}/user/emails`, {
      headers: { authorization: `Bearer ${granted.access_token}` },
    });
    expect(await json(emails)).toEqual([
      { email: 'ada@example.test', primary: true, verified: true, visibility: 'private' },
    ]);
    current?.advance(10);
    expect(await json(await poll())).toMatchObject({ error: 'incorrect_device_code' });
  });

  it('should revoke a token through DELETE /applications/{client_id}/token', async () => {
    const { emulator, response } = await issue('application/json');
    const { device_code } = await json(response);
    emulator.approve(emulator.listPending()[0]?.userCode ?? '');
    current?.advance(5);
    const granted = await json(
      await postForm(
        `${emulator.github.webUrl}/login/oauth/access_token`,
        { client_id: emulator.github.clientId, device_code, grant_type: GRANT },
        { accept: 'application/json' },
      ),
    );
    const basic = Buffer.from(`${emulator.github.clientId}:${emulator.github.clientSecret}`);
    const revoke = await fetch(
      `${emulator.github.apiUrl}/applications/${emulator.github.clientId}/token`,
      {
        method: 'DELETE',
        headers: {
          authorization: `Basic ${basic.toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ access_token: granted.access_token }),
      },
    );
    expect(revoke.status).toBe(204);
    const user = await fetch(`${emulator.github.apiUrl}/user`, {
      headers: { authorization: `Bearer ${granted.access_token}` },
    });
    expect(user.status).toBe(401);
    expect(await json(user)).toMatchObject({ message: 'Bad credentials' });
  });

  it('should answer incorrect_client_credentials for an unknown client, under 200', async () => {
    current = await startTestEmulator();
    const response = await postForm(`${current.emulator.github.webUrl}/login/device/code`, {
      client_id: 'nope',
    });
    expect(response.status).toBe(200);
    expect(new URLSearchParams(await response.text()).get('error')).toBe(
      'incorrect_client_credentials',
    );
  });
});
