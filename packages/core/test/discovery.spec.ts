import { afterEach, describe, expect, it } from 'vitest';
import {
  clearDiscoveryCache,
  createBotlogin,
  DiscoveryError,
  discoverProvider,
  ErrorCode,
  UndiciHttpClient,
} from '../src/index.js';
import { alice, type EngineHarness, rfcHarness } from './support/harness.js';
import { deviceAnswer, ScriptedProvider } from './support/scripted-provider.js';

const asServer = '/.well-known/oauth-authorization-server';
const openid = '/.well-known/openid-configuration';

function metadata(url: string, overrides: object = {}) {
  return {
    body: {
      issuer: url,
      device_authorization_endpoint: `${url}/device`,
      token_endpoint: `${url}/token`,
      userinfo_endpoint: `${url}/userinfo`,
      revocation_endpoint: `${url}/revoke`,
      token_endpoint_auth_methods_supported: ['client_secret_post'],
      ...overrides,
    },
  };
}

describe('discoverProvider', () => {
  let fake: ScriptedProvider;
  let http: UndiciHttpClient;
  afterEach(async () => {
    clearDiscoveryCache();
    await http?.close();
    await fake?.close();
    http = undefined as unknown as UndiciHttpClient;
    fake = undefined as unknown as ScriptedProvider;
  });

  async function discover(...answers: Parameters<ScriptedProvider['script']>[1][]) {
    fake = await ScriptedProvider.start();
    http = new UndiciHttpClient({ timeoutMs: 2_000 });
    fake.script(asServer, ...(answers.length > 0 ? answers : [metadata(fake.url)]));
    return fake;
  }

  it('should read RFC 8414 metadata into an rfc8628 config, picking the listed auth', async () => {
    await discover();
    fake.script(asServer, metadata(fake.url));
    const config = await discoverProvider({
      issuer: fake.url,
      clientId: 'bot',
      clientSecret: 'secret-0123456789',
      http,
    });
    expect(config).toMatchObject({
      type: 'rfc8628',
      deviceAuthorizationEndpoint: `${fake.url}/device`,
      tokenEndpoint: `${fake.url}/token`,
      userinfoEndpoint: `${fake.url}/userinfo`,
      revocationEndpoint: `${fake.url}/revoke`,
      clientAuthentication: 'client_secret_post',
    });
  });

  it('should fall back to openid-configuration when the RFC 8414 document is missing', async () => {
    fake = await ScriptedProvider.start();
    http = new UndiciHttpClient({ timeoutMs: 2_000 });
    fake.script(openid, metadata(fake.url));
    const config = await discoverProvider({ issuer: fake.url, clientId: 'bot', http });
    expect(config.clientAuthentication).toBe('none');
    expect(fake.requests.map((request) => request.path)).toEqual([asServer, openid]);
  });

  it('should cache good metadata and share one request between callers', async () => {
    await discover();
    fake.script(asServer, metadata(fake.url));
    await Promise.all([
      discoverProvider({ issuer: fake.url, clientId: 'a', http }),
      discoverProvider({ issuer: fake.url, clientId: 'b', http }),
    ]);
    await discoverProvider({ issuer: fake.url, clientId: 'c', http });
    expect(fake.requestsTo(asServer)).toHaveLength(1);
  });

  it.each([
    [
      'metadata lacking a device endpoint',
      { device_authorization_endpoint: undefined },
      'no_device_endpoint',
    ],
    ['a document for another issuer', { issuer: 'https://evil.example' }, 'issuer_mismatch'],
    [
      'an endpoint on another origin',
      { token_endpoint: 'https://elsewhere.example/token' },
      'foreign_endpoint',
    ],
    [
      'a plain-http endpoint off loopback',
      { token_endpoint: 'http://as.example/token' },
      'insecure_endpoint',
    ],
  ])('should refuse %s with a typed error', async (_name, overrides, problem) => {
    fake = await ScriptedProvider.start();
    http = new UndiciHttpClient({ timeoutMs: 2_000 });
    fake.script(asServer, metadata(fake.url, overrides));
    const error = await discoverProvider({ issuer: fake.url, clientId: 'bot', http }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DiscoveryError);
    expect(error).toMatchObject({ code: ErrorCode.Configuration, problem });
  });

  it('should allow an endpoint on an origin listed in allowedEndpointOrigins', async () => {
    fake = await ScriptedProvider.start();
    http = new UndiciHttpClient({ timeoutMs: 2_000 });
    fake.script(asServer, metadata(fake.url, { token_endpoint: 'https://tokens.example/token' }));
    const config = await discoverProvider({
      issuer: fake.url,
      clientId: 'bot',
      allowedEndpointOrigins: ['https://tokens.example'],
      http,
    });
    expect(config.tokenEndpoint).toBe('https://tokens.example/token');
  });

  it.each([
    ['HTML', { contentType: 'text/html', body: '<html><body>Sign in</body></html>' }],
    ['a truncated body', { contentType: 'application/json', body: '{"issuer":"htt' }],
  ])('should refuse %s at both well-known places as unreadable', async (_name, answer) => {
    fake = await ScriptedProvider.start();
    http = new UndiciHttpClient({ timeoutMs: 2_000 });
    fake.script(asServer, answer).script(openid, answer);
    await expect(
      discoverProvider({ issuer: fake.url, clientId: 'bot', http }),
    ).rejects.toMatchObject({ problem: 'unreadable', code: ErrorCode.Configuration });
  });

  it('should surface a bad issuer at the first login with { type: "discovery" }', async () => {
    fake = await ScriptedProvider.start();
    fake.script(asServer, metadata(fake.url, { device_authorization_endpoint: undefined }));
    const bot = createBotlogin({
      providers: [{ type: 'discovery', issuer: fake.url, clientId: 'bot' }],
    });
    try {
      await expect(
        bot.login.start({ chatUser: alice, providerId: 'rfc8628' }),
      ).rejects.toMatchObject({ problem: 'no_device_endpoint' });
    } finally {
      await bot.close();
    }
  });

  it('should refuse a non-HTTPS issuer off loopback before any request', async () => {
    await expect(
      discoverProvider({ issuer: 'http://as.example', clientId: 'bot' }),
    ).rejects.toMatchObject({ code: ErrorCode.Configuration });
  });
});

describe('bad device authorization answers', () => {
  let h: EngineHarness;
  afterEach(async () => h?.close());

  it.each([
    ['expires_in 0', { expires_in: 0 }, ErrorCode.InvalidResponse],
    ['a missing user_code', { user_code: undefined }, ErrorCode.InvalidResponse],
    ['a missing verification URI', { verification_uri: undefined }, ErrorCode.InvalidResponse],
    [
      'an interval as long as the lifetime',
      { expires_in: 600, interval: 600 },
      ErrorCode.IntervalExceedsLifetime,
    ],
  ])('should refuse %s with a typed error and save nothing', async (_name, overrides, code) => {
    h = await rfcHarness();
    h.fake.script('/device', deviceAnswer(overrides));
    await expect(
      h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' }),
    ).rejects.toMatchObject({
      code,
    });
    expect(await h.bot.login.findPending(alice, 'rfc8628')).toBeUndefined();
    expect(h.fake.requestsTo('/token')).toEqual([]);
  });

  it('should pin a missing or zero interval to the 5 s default', async () => {
    h = await rfcHarness();
    h.fake.script('/device', deviceAnswer({ interval: 0 }));
    const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
    expect(login.interval).toBe(5);
  });

  it.each([
    ['HTML', { contentType: 'text/html', body: '<html>portal</html>' }],
    ['a truncated body', { contentType: 'application/json', body: '{"device_code":"d' }],
  ])(
    'should refuse %s from the device endpoint with an InvalidResponse error',
    async (_name, answer) => {
      h = await rfcHarness();
      h.fake.script('/device', answer);
      const error = await h.bot.login
        .start({ chatUser: alice, providerId: 'rfc8628' })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: ErrorCode.InvalidResponse });
      expect((error as Error).message).toMatch(/HTTP 200/);
    },
  );
});
