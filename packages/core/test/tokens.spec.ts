import type { Emulator } from '@botlogin/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthorizedFetch,
  ErrorCode,
  FacebookProvider,
  type ProviderSpec,
  UndiciHttpClient,
} from '../src/index.js';
import { type EmulatedEngine, emulatedEngine } from './support/emulated-engine.js';
import { alice } from './support/harness.js';

let engine: EmulatedEngine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

/** Logs alice in through the emulator and returns the engine. */
async function loggedIn(
  providerId: string,
  spec: (emulator: Emulator) => ProviderSpec,
  login: object = {},
): Promise<EmulatedEngine> {
  engine = await emulatedEngine(spec, { login });
  const { login: view } = await engine.bot.login.start({ chatUser: alice, providerId });
  const code = engine.emulator.listPending().at(-1);
  engine.emulator.approve(code?.userCode ?? '');
  expect((await engine.outcomeOf(view.id)).state).toBe('approved');
  return engine;
}

const rfc8628 = (emulator: Emulator): ProviderSpec => ({
  type: 'rfc8628',
  deviceAuthorizationEndpoint: emulator.endpoints.deviceAuthorization,
  tokenEndpoint: emulator.endpoints.token,
  userinfoEndpoint: emulator.endpoints.userinfo,
  revocationEndpoint: emulator.endpoints.revocation,
  clientId: emulator.rfc8628.clientId,
});

describe('AuthorizedFetch', () => {
  it('should attach the token, and after a 401 refresh once and retry', async () => {
    const e = await loggedIn('rfc8628', rfc8628);
    const api = new AuthorizedFetch(e.bot.login, e.http);
    const first = await api.send(alice, 'rfc8628', { url: e.emulator.endpoints.userinfo });
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toMatchObject({ sub: '10000001' });

    // The provider drops the access token before its expiry (revoked elsewhere).
    const [stored] = await e.bot.login.listLogins(alice);
    await fetch(e.emulator.endpoints.revocation, {
      method: 'POST',
      body: new URLSearchParams({
        token: stored?.tokens.accessToken ?? '',
        client_id: 'botlogin-playground',
      }),
    });
    const retried = await api.send(alice, 'rfc8628', { url: e.emulator.endpoints.userinfo });
    expect(retried.status).toBe(200);
    const [after] = await e.bot.login.listLogins(alice);
    expect(after?.tokens.accessToken).not.toBe(stored?.tokens.accessToken);
    expect(after?.tokens.refreshToken).not.toBe(stored?.tokens.refreshToken);
  });

  it('should refuse to send a token over plain http off loopback', async () => {
    const e = await loggedIn('rfc8628', rfc8628);
    const api = new AuthorizedFetch(e.bot.login, e.http);
    await expect(api.send(alice, 'rfc8628', { url: 'http://api.example/x' })).rejects.toMatchObject(
      {
        code: ErrorCode.Configuration,
      },
    );
  });

  it('should say not logged in for a user without tokens', async () => {
    engine = await emulatedEngine(rfc8628);
    const api = new AuthorizedFetch(engine.bot.login, engine.http);
    await expect(
      api.send(alice, 'rfc8628', { url: engine.emulator.endpoints.userinfo }),
    ).rejects.toMatchObject({ code: ErrorCode.NotLoggedIn });
  });
});

describe('logout', () => {
  it('should forget the tokens even when the provider cannot be reached', async () => {
    const e = await loggedIn(
      'rfc8628',
      (emulator) =>
        ({
          ...(rfc8628(emulator) as object),
          // Nothing listens on port 9 of loopback: the revocation request fails.
          revocationEndpoint: 'http://127.0.0.1:9/revoke',
        }) as ProviderSpec,
    );
    expect(await e.bot.login.logout(alice, 'rfc8628')).toBe(true);
    expect(await e.bot.login.listLogins(alice)).toEqual([]);
    expect(e.logs.some((line) => line.includes('Revoking at the provider failed'))).toBe(true);
  });

  it('should revoke a GitHub token through the app token endpoint', async () => {
    const e = await loggedIn('github', (emulator) => ({
      type: 'github',
      clientId: emulator.github.clientId,
      clientSecret: emulator.github.clientSecret,
      webBaseUrl: emulator.github.webUrl,
      apiBaseUrl: emulator.github.apiUrl,
    }));
    const [stored] = await e.bot.login.listLogins(alice);
    expect(stored?.tokens.scopes).toEqual(['read:user', 'user:email']);
    await e.bot.login.logout(alice, 'github');
    const user = await fetch(`${e.emulator.github.apiUrl}/user`, {
      headers: { authorization: `Bearer ${stored?.tokens.accessToken}` },
    });
    expect(user.status).toBe(401);
  });

  it('should revoke a Google grant at /revoke', async () => {
    const e = await loggedIn('google', (emulator) => ({
      type: 'google',
      clientId: emulator.google.clientId,
      clientSecret: emulator.google.clientSecret,
      oauthBaseUrl: emulator.google.oauthUrl,
      openidBaseUrl: emulator.google.openidUrl,
    }));
    const [stored] = await e.bot.login.listLogins(alice);
    await e.bot.login.logout(alice, 'google');
    const info = await fetch(`${e.emulator.google.openidUrl}/v1/userinfo`, {
      headers: { authorization: `Bearer ${stored?.tokens.accessToken}` },
    });
    expect(info.status).toBe(401);
  });
});

describe('refresh with the presets', () => {
  it('should keep Google refresh tokens (no rotation) and rotate Microsoft ones', async () => {
    const google = await loggedIn(
      'google',
      (emulator) => ({
        type: 'google',
        clientId: emulator.google.clientId,
        clientSecret: emulator.google.clientSecret,
        oauthBaseUrl: emulator.google.oauthUrl,
        openidBaseUrl: emulator.google.openidUrl,
      }),
      { refreshLeewaySeconds: 100_000 },
    );
    const [before] = await google.bot.login.listLogins(alice);
    const after = await google.bot.login.getLogin(alice, 'google');
    expect(after.tokens.accessToken).not.toBe(before?.tokens.accessToken);
    expect(after.tokens.refreshToken).toBe(before?.tokens.refreshToken);
    await google.close();

    const microsoft = await loggedIn(
      'microsoft',
      (emulator) => ({
        type: 'microsoft',
        clientId: emulator.microsoft.clientId,
        authorityBaseUrl: emulator.microsoft.authorityUrl,
        graphBaseUrl: emulator.microsoft.graphUrl,
      }),
      { refreshLeewaySeconds: 100_000 },
    );
    const [ms] = await microsoft.bot.login.listLogins(alice);
    const rotated = await microsoft.bot.login.getLogin(alice, 'microsoft');
    expect(rotated.tokens.refreshToken).not.toBe(ms?.tokens.refreshToken);
    expect((await microsoft.bot.login.getLogin(alice, 'microsoft')).tokens.refreshToken).not.toBe(
      rotated.tokens.refreshToken,
    );
  });
});

describe('Facebook long-lived tokens and logout', () => {
  const facebook =
    (appSecret?: string) =>
    (emulator: Emulator): ProviderSpec => ({
      type: 'facebook',
      appId: emulator.facebook.appId,
      clientToken: emulator.facebook.clientToken,
      graphBaseUrl: emulator.graphUrl,
      ...(appSecret === undefined ? {} : { appSecret }),
    });

  it('should renew a token by the long-lived exchange when it nears expiry', async () => {
    const e = await loggedIn(
      'facebook',
      (emulator) => facebook(emulator.facebook.appSecret)(emulator),
      {
        refreshLeewaySeconds: 10_000_000,
      },
    );
    const [before] = await e.bot.login.listLogins(alice);
    const after = await e.bot.login.getLogin(alice, 'facebook');
    expect(after.tokens.accessToken).not.toBe(before?.tokens.accessToken);
    expect(after.tokens.accessToken).toMatch(/^EAA/);
  });

  it('should refuse the exchange with a wrong secret, as a provider error', async () => {
    engine = await emulatedEngine(facebook());
    const http = new UndiciHttpClient();
    try {
      const provider = new FacebookProvider(
        {
          appId: engine.emulator.facebook.appId,
          clientToken: engine.emulator.facebook.clientToken,
          appSecret: 'wrong-secret',
          graphBaseUrl: engine.emulator.graphUrl,
        },
        http,
      );
      const error = await provider
        .exchangeForLongLivedToken({
          accessToken: 'EAAnope',
          tokenType: 'bearer',
          scopes: [],
          obtainedAt: 0,
        })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: ErrorCode.ProviderError });
      expect((error as Error).message).not.toContain('wrong-secret');
    } finally {
      await http.close();
    }
  });

  it('should revoke the permissions on logout, so the token stops working', async () => {
    const e = await loggedIn('facebook', facebook());
    const [stored] = await e.bot.login.listLogins(alice);
    expect(await e.bot.login.logout(alice, 'facebook')).toBe(true);
    const me = await fetch(`${e.emulator.graphUrl}/v21.0/me`, {
      headers: { authorization: `Bearer ${stored?.tokens.accessToken}` },
    });
    expect(me.status).toBe(400);
    expect(e.logs.some((line) => line.includes('Revoking at the provider failed'))).toBe(false);
  });
});
