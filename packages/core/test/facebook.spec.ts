import { afterEach, describe, expect, it } from 'vitest';
import { acceleratedClock, ConfigurationError, createBotlogin } from '../src/index.js';
import { alice, type EngineHarness, gapsInSeconds, harness, speed } from './support/harness.js';
import { type ScriptedAnswer, ScriptedProvider } from './support/scripted-provider.js';

const graphError = (code: number, subcode: number, message = 'm'): ScriptedAnswer => ({
  status: 400,
  body: {
    error: { message, type: 'OAuthException', code, error_subcode: subcode, fbtrace_id: 'A' },
  },
});
const pending = graphError(31, 1349174, 'This request requires the user to take a pending action');

describe('FacebookProvider with the engine (B14)', () => {
  let h: EngineHarness;
  afterEach(async () => h?.close());

  async function setUp(...statusAnswers: ScriptedAnswer[]) {
    const clock = acceleratedClock(speed);
    const fake = await ScriptedProvider.start(clock.now);
    fake
      .script('/v21.0/device/login', {
        body: {
          code: 'fb-device-secret-0123456789',
          user_code: 'CMWAW3TM',
          verification_uri: 'https://www.facebook.com/device',
          expires_in: 420,
          interval: 5,
        },
      })
      .script('/v21.0/device/login_status', ...statusAnswers)
      .script('/v21.0/me', {
        body: {
          id: '42',
          name: 'Ada Lovelace',
          picture: { data: { url: 'https://img.example/a.png' } },
        },
      });
    h = await harness(clock, fake, {
      type: 'facebook',
      appId: '1234',
      clientToken: 'client-token-0123456789',
      graphBaseUrl: fake.url,
      scopes: ['public_profile', 'email'],
      clock: clock.now,
    });
  }

  it('should log in through pending and excessive polling, slowing down by 5 s', async () => {
    await setUp(pending, graphError(17, 1349172, 'User request limit reached'), pending, {
      body: {
        access_token: 'EAA-secret-0123456789',
        expires_in: 5183999,
        data_access_expiration_time: 1,
      },
    });
    const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'facebook' });
    expect(login.userCode).toBe('CMWAW3TM');
    const outcome = await h.outcomeOf(login.id);
    expect(outcome.state).toBe('approved');
    expect(outcome.outcome?.profile).toMatchObject({
      id: '42',
      name: 'Ada Lovelace',
      avatarUrl: 'https://img.example/a.png',
    });

    const start = h.fake.requestsTo('/v21.0/device/login')[0];
    expect(new URLSearchParams(start?.body).get('access_token')).toBe(
      '1234|client-token-0123456789',
    );
    expect(new URLSearchParams(start?.body).get('scope')).toBe('public_profile,email');
    const polls = h.fake.requestsTo('/v21.0/device/login_status');
    const body = new URLSearchParams(polls[0]?.body);
    expect(body.get('code')).toBe('fb-device-secret-0123456789');
    expect(body.get('access_token')).toBe('1234|client-token-0123456789');
    expect(body.has('grant_type')).toBe(false);
    const minimums = [5, 5, 10, 10];
    const gaps = gapsInSeconds(
      polls.map((p) => p.at),
      login.createdAt,
    );
    for (const [index, gap] of gaps.entries()) {
      expect(gap).toBeGreaterThanOrEqual(minimums[index] as number);
    }
    const me = h.fake.requestsTo('/v21.0/me')[0];
    expect(me?.headers.authorization).toBe('Bearer EAA-secret-0123456789');
    const stored = await h.bot.login.getLogin(alice, 'facebook');
    expect(stored.tokens).toMatchObject({
      tokenType: 'bearer',
      scopes: ['public_profile', 'email'],
    });
  });

  it.each([
    [1349173, 0, 'denied'],
    [1349152, 463, 'expired'],
  ])(
    'should end on subcode %i as %s without asking for a new code',
    async (subcode, code, state) => {
      await setUp(pending, graphError(code, subcode));
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'facebook' });
      expect((await h.outcomeOf(login.id)).state).toBe(state);
      expect(h.fake.requestsTo('/v21.0/device/login')).toHaveLength(1);
    },
  );

  it('should explain a wrong client token at start', async () => {
    await setUp(pending);
    h.fake.script('/v21.0/device/login', {
      status: 400,
      body: {
        error: {
          message: '(#190) This method must be called with a client access token',
          type: 'OAuthException',
          code: 190,
        },
      },
    });
    const error = await h.bot.login
      .start({ chatUser: alice, providerId: 'facebook' })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/FACEBOOK_CLIENT_TOKEN/);
    expect((error as Error).message).not.toContain('client-token-0123456789');
  });
});

describe('createBotlogin configuration', () => {
  it.each([
    [{ providers: [] }, /at least one provider/],
    [{ providers: [{ type: 'facebook', appId: '', clientToken: 't' }] }, /FACEBOOK_APP_ID/],
    [{ providers: [{ type: 'facebook', appId: '1', clientToken: '' }] }, /FACEBOOK_CLIENT_TOKEN/],
    [{ providers: [{ type: 'facebook', appId: '1|2', clientToken: 't' }] }, /separately/],
    [
      {
        providers: [
          { type: 'facebook', appId: '1', clientToken: 't', graphBaseUrl: 'http://graph.example' },
        ],
      },
      /https/,
    ],
    [
      { providers: [{ type: 'facebook', appId: '1', clientToken: 't', graphVersion: '21' }] },
      /v21.0/,
    ],
    [
      { providers: [{ type: 'rfc8628', clientId: 'c', tokenEndpoint: 'https://a/t' }] },
      /deviceAuthorizationEndpoint/,
    ],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'nope',
            tokenEndpoint: 'https://a/t',
          },
        ],
      },
      /not a valid URL/,
    ],
    [{ providers: [{ type: 'nope' }] }, /Unknown provider type/],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'https://a/d',
            tokenEndpoint: 'https://a/t',
            clientAuthentication: 'client_secret_basic',
          },
        ],
      },
      /needs a clientSecret/,
    ],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'https://a/d',
            tokenEndpoint: 'https://a/t',
            clientAuthentication: 'bogus',
            clientSecret: 's',
          },
        ],
      },
      /clientAuthentication must be one of/,
    ],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'https://a/d',
            tokenEndpoint: 'https://a/t',
            scopes: 'openid email',
          },
        ],
      },
      /array of scope names/,
    ],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'https://a/d',
            tokenEndpoint: 'https://a/t',
            id: '',
          },
        ],
      },
      /Provider id/,
    ],
    [
      {
        providers: [
          {
            type: 'facebook',
            appId: '1',
            clientToken: 't',
            graphBaseUrl: 'https://g.example/?x=1',
          },
        ],
      },
      /query or fragment/,
    ],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'https://a/d',
            tokenEndpoint: 'https://a/t',
          },
        ],
        login: { refreshLeewaySeconds: 'x' },
      },
      /refreshLeewaySeconds/,
    ],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'https://a/d',
            tokenEndpoint: 'https://a/t',
          },
        ],
        login: { profileTimeoutMs: -1 },
      },
      /profileTimeoutMs/,
    ],
    [
      {
        providers: [
          {
            type: 'rfc8628',
            clientId: 'c',
            deviceAuthorizationEndpoint: 'https://a/d',
            tokenEndpoint: 'https://a/t',
          },
        ],
        login: { startRateLimit: { maxStarts: 0, windowMs: 1 } },
      },
      /maxStarts/,
    ],
  ])('should refuse %j with a configuration error', (options, message) => {
    const attempt = () => createBotlogin(options as never);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
  });

  it('should refuse two providers with one id', () => {
    const fb = { type: 'facebook', appId: '1', clientToken: 't' } as const;
    expect(() => createBotlogin({ providers: [fb, fb] })).toThrow(/share the id "facebook"/);
  });
});
