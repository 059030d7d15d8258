import { afterEach, describe, expect, it } from 'vitest';
import {
  createBotlogin,
  type LoginView,
  MemorySessionStore,
  MemoryTokenStore,
} from '../src/index.js';
import { alice, type EngineHarness, rfcHarness } from './support/harness.js';
import {
  deviceAnswer,
  oauthError,
  tokenAnswer,
  userinfoAnswer,
} from './support/scripted-provider.js';

describe('LoginService against a hostile provider', () => {
  let h: EngineHarness;
  afterEach(async () => h?.close());

  it('should mask a device code or client secret the provider echoes in its error', async () => {
    h = await rfcHarness();
    h.fake.script('/device', deviceAnswer()).script(
      '/token',
      oauthError('invalid_grant', 400, {
        error_description:
          'device_code dev-secret-code-0123456789 is bad (client-secret-0123456789)',
      }),
    );
    const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
    const outcome = await h.outcomeOf(login.id);
    expect(outcome.state).toBe('failed');
    expect(outcome.outcome?.errorMessage).toContain('[redacted]');
    const text = JSON.stringify([outcome, h.logs]);
    expect(text).not.toContain('dev-secret-code-0123456789');
    expect(text).not.toContain('client-secret-0123456789');
  });

  it('should refuse a verification link on plain http to another host', async () => {
    h = await rfcHarness();
    h.fake.script('/device', deviceAnswer({ verification_uri: 'http://evil.example/device' }));
    await expect(h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' })).rejects.toThrow(
      /verification_uri/,
    );
  });

  it.each([[1e308], ['99999999999999999999'], [10 ** 7]])(
    'should refuse an expires_in of %s',
    async (expiresIn) => {
      h = await rfcHarness();
      h.fake.script('/device', deviceAnswer({ expires_in: expiresIn }));
      await expect(h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' })).rejects.toThrow(
        /expires_in/,
      );
    },
  );

  it('should poll once per due time when two engines share one store', async () => {
    h = await rfcHarness();
    h.fake
      .script('/device', deviceAnswer())
      .script(
        '/token',
        oauthError('authorization_pending'),
        oauthError('authorization_pending'),
        tokenAnswer(),
        oauthError('invalid_grant'),
      )
      .script('/userinfo', userinfoAnswer());
    // A second engine (another bot process) on the same stores, resuming what it finds.
    const sessions = new MemorySessionStore();
    const tokens = new MemoryTokenStore();
    const spec = {
      type: 'rfc8628' as const,
      deviceAuthorizationEndpoint: `${h.fake.url}/device`,
      tokenEndpoint: `${h.fake.url}/token`,
      userinfoEndpoint: `${h.fake.url}/userinfo`,
      clientId: 'client-1',
    };
    const outcomes: LoginView[] = [];
    const engines = [0, 1].map(() =>
      createBotlogin({
        providers: [spec],
        sessionStore: sessions,
        tokenStore: tokens,
        clock: h.clock,
      }),
    );
    for (const engine of engines) engine.login.events.on('outcome', (view) => outcomes.push(view));
    try {
      const { login } = await engines[0]!.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await engines[1]!.login.resume();
      await engines[1]!.login.resume();
      while (outcomes.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(outcomes.map((view) => view.state)).toEqual(['approved']);
      const polls = h.fake.requestsTo('/token');
      expect(polls).toHaveLength(3);
      for (const [index, poll] of polls.entries()) {
        const previous = index === 0 ? login.createdAt : (polls[index - 1]?.at ?? 0);
        expect(poll.at - previous).toBeGreaterThanOrEqual(5_000);
      }
    } finally {
      for (const engine of engines) await engine.close();
    }
  });
});
