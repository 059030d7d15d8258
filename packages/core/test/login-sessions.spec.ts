import { afterEach, describe, expect, it } from 'vitest';
import { BotloginError, ErrorCode, type LoginView } from '../src/index.js';
import { alice, bob, type EngineHarness, rfcHarness } from './support/harness.js';
import {
  deviceAnswer,
  oauthError,
  tokenAnswer,
  userinfoAnswer,
} from './support/scripted-provider.js';

const secrets = [
  'dev-secret-code-0123456789',
  'access-secret-token-0123456789',
  'refresh-secret-token-0123456789',
  'client-secret-0123456789',
];

describe('LoginService sessions', () => {
  let h: EngineHarness;
  afterEach(async () => h?.close());

  async function setUp(tokenScript = [oauthError('authorization_pending')], login?: object) {
    h = await rfcHarness(login ? { login } : {});
    h.fake
      .script('/device', deviceAnswer())
      .script('/token', ...tokenScript)
      .script('/userinfo', userinfoAnswer());
  }

  describe('.start', () => {
    it('should give back the user code and links exactly as the provider sent them', async () => {
      await setUp();
      h.fake.script(
        '/device',
        deviceAnswer({
          user_code: 'bcdf-ghjk',
          verification_uri_complete: 'https://example.test/device?user_code=bcdf-ghjk',
        }),
      );
      const { login, created } = await h.bot.login.start({
        chatUser: alice,
        providerId: 'rfc8628',
      });
      expect(created).toBe(true);
      expect(login.userCode).toBe('bcdf-ghjk');
      expect(login.verificationUriComplete).toBe('https://example.test/device?user_code=bcdf-ghjk');
      expect(login.expiresAt - login.createdAt).toBe(900_000);
      expect(JSON.stringify(login)).not.toContain('dev-secret-code');
    });

    it('should return the pending login instead of starting a second one', async () => {
      await setUp();
      const first = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      const second = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      expect(second.created).toBe(false);
      expect(second.login.id).toBe(first.login.id);
      expect(h.fake.requestsTo('/device')).toHaveLength(1);
    });

    it('should start only one login when the same user asks twice at once', async () => {
      await setUp();
      const [a, b] = await Promise.all([
        h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' }),
        h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' }),
      ]);
      expect(a.login.id).toBe(b.login.id);
      expect(h.fake.requestsTo('/device')).toHaveLength(1);
    });

    it('should replace the pending login when asked to, cancelling the old one', async () => {
      await setUp();
      const first = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      const second = await h.bot.login.start({
        chatUser: alice,
        providerId: 'rfc8628',
        replace: true,
      });
      expect(second.login.id).not.toBe(first.login.id);
      expect((await h.bot.login.get(first.login.id))?.state).toBe('cancelled');
    });

    it('should keep separate logins for separate users', async () => {
      await setUp();
      const a = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      const b = await h.bot.login.start({ chatUser: bob, providerId: 'rfc8628' });
      expect(a.login.id).not.toBe(b.login.id);
    });

    it('should refuse a user who starts too many logins in the window', async () => {
      await setUp(undefined, { startRateLimit: { maxStarts: 2, windowMs: 60_000 } });
      const start = () =>
        h.bot.login.start({ chatUser: alice, providerId: 'rfc8628', replace: true });
      await start();
      await start();
      const error = await start().catch((caught: unknown) => caught);
      expect(BotloginError.is(error) && error.code).toBe(ErrorCode.RateLimited);
      expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
      expect(h.fake.requestsTo('/device')).toHaveLength(2);
    });

    it('should name the configured providers when asked for an unknown one', async () => {
      await setUp();
      await expect(h.bot.login.start({ chatUser: alice, providerId: 'nope' })).rejects.toThrow(
        /No provider "nope".*rfc8628/,
      );
    });

    it.each([
      [
        'an invalid_scope refusal (B18)',
        oauthError('invalid_scope', 400, { error_description: 'Invalid device flow scope: x' }),
        /invalid_scope.*Invalid device flow scope/,
      ],
      [
        'an HTML page',
        { status: 200, contentType: 'text/html', body: '<html>oops</html>' },
        /unexpected answer.*text\/html/,
      ],
      [
        'an answer without verification_uri',
        { body: { device_code: 'd', user_code: 'u', expires_in: 60 } },
        /verification_uri/,
      ],
      ['an expires_in of zero', deviceAnswer({ expires_in: 0 }), /expires_in/],
      ['a missing user_code', deviceAnswer({ user_code: undefined }), /user_code/],
      ['a 503', { status: 503, body: 'down' }, /unavailable.*503/],
    ])('should fail with a typed error on %s and save nothing', async (_name, answer, message) => {
      await setUp();
      h.fake.script('/device', answer);
      const error = await h.bot.login
        .start({ chatUser: alice, providerId: 'rfc8628' })
        .catch((caught: unknown) => caught);
      expect(BotloginError.is(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect(await h.bot.login.findPending(alice, 'rfc8628')).toBeUndefined();
      expect(h.fake.requestsTo('/token')).toHaveLength(0);
    });

    it('should fail with a transport error when the provider is unreachable', async () => {
      await setUp();
      await h.fake.close();
      await expect(
        h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' }),
      ).rejects.toMatchObject({
        code: ErrorCode.Transport,
      });
    });
  });

  describe('.cancel', () => {
    it('should refuse another user and change nothing', async () => {
      await setUp();
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await expect(h.bot.login.cancel(login.id, bob)).rejects.toMatchObject({
        code: ErrorCode.NotAllowed,
      });
      expect((await h.bot.login.get(login.id))?.state).toBe('pending');
    });

    it('should do nothing twice on a double click', async () => {
      await setUp();
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      const [first, second] = await Promise.all([
        h.bot.login.cancel(login.id, alice),
        h.bot.login.cancel(login.id, alice),
      ]);
      expect([first.changed, second.changed].sort()).toEqual([false, true]);
      expect(h.outcomes.filter((view) => view.id === login.id)).toHaveLength(1);
    });

    it('should say that an unknown login does not exist', async () => {
      await setUp();
      await expect(h.bot.login.cancel('missing', alice)).rejects.toMatchObject({
        code: ErrorCode.LoginNotFound,
      });
    });
  });

  describe('outcomes', () => {
    it('should store the tokens and profile and present the outcome exactly once', async () => {
      await setUp([oauthError('authorization_pending'), tokenAnswer()]);
      const presented: LoginView[] = [];
      h.bot.login.registerPresenter('test', { present: async (view) => void presented.push(view) });
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await h.bot.login.attachDelivery(login.id, { platform: 'test', data: { messageId: 'm1' } });
      const outcome = await h.outcomeOf(login.id);
      expect(outcome.outcome?.profile?.name).toBe('Ada Lovelace');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(presented).toHaveLength(1);
      expect(presented[0]?.delivery?.data).toEqual({ messageId: 'm1' });
      expect(h.outcomes.filter((view) => view.id === login.id)).toHaveLength(1);
      const stored = await h.bot.login.getLogin(alice, 'rfc8628');
      expect(stored.tokens.accessToken).toBe('access-secret-token-0123456789');
      expect(stored.tokens.scopes).toEqual(['openid', 'profile']);
      expect(stored.profile?.email).toBe('ada@example.test');
    });

    it('should present an outcome that came before the delivery handle once the handle comes', async () => {
      await setUp();
      const presented: LoginView[] = [];
      h.bot.login.registerPresenter('test', { present: async (view) => void presented.push(view) });
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await h.bot.login.cancel(login.id);
      expect(presented).toHaveLength(0);
      await h.bot.login.attachDelivery(login.id, { platform: 'test', data: {} });
      expect(presented.map((view) => view.state)).toEqual(['cancelled']);
    });

    it('should keep the tokens when the profile cannot be fetched', async () => {
      await setUp([tokenAnswer()]);
      h.fake.script('/userinfo', { status: 500, body: 'broken' });
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      const outcome = await h.outcomeOf(login.id);
      expect(outcome.state).toBe('approved');
      expect(outcome.outcome?.profile).toBeUndefined();
      expect((await h.bot.login.getLogin(alice, 'rfc8628')).tokens.accessToken).toBeTruthy();
    });

    it('should keep a presenter failure from stopping the engine', async () => {
      await setUp([tokenAnswer()]);
      const errors: unknown[] = [];
      h.bot.login.events.on('presenterError', (event) => errors.push(event));
      h.bot.login.registerPresenter('test', {
        present: async () => {
          throw new Error('chat API down');
        },
      });
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await h.bot.login.attachDelivery(login.id, { platform: 'test', data: {} });
      await h.outcomeOf(login.id);
      // Retried after 2, 6 and 18 virtual seconds (under a second of real time), then left.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(errors).toHaveLength(4);
      expect((await h.bot.login.get(login.id))?.state).toBe('approved');
    });

    it('should retry a presenter that fails until it succeeds, then stop', async () => {
      await setUp([tokenAnswer()]);
      let calls = 0;
      h.bot.login.registerPresenter('test', {
        present: async () => {
          calls += 1;
          if (calls < 3) throw new Error('429 Too Many Requests');
        },
      });
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await h.bot.login.attachDelivery(login.id, { platform: 'test', data: {} });
      await h.outcomeOf(login.id);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(calls).toBe(3);
      const ended = await h.bot.login.get(login.id);
      expect(ended?.delivered).toBe(true);
      expect(ended?.deliveryAttempts).toBe(2);
    });

    it('should never put a secret in a log line, an error or an event', async () => {
      await setUp([
        oauthError('authorization_pending'),
        { reset: true },
        oauthError('slow_down'),
        tokenAnswer(),
      ]);
      const events: unknown[] = [];
      for (const name of ['started', 'polled', 'outcome'] as const) {
        h.bot.login.events.on(name, (payload) => events.push(payload));
      }
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await h.outcomeOf(login.id, 20_000);
      await h.bot.login.logout(alice, 'rfc8628');
      const text = JSON.stringify([h.logs, events, await h.bot.login.get(login.id)]);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(h.logs.length).toBeGreaterThan(3);
    });
  });

  describe('.logout', () => {
    it('should revoke at the provider and forget the tokens', async () => {
      await setUp([tokenAnswer()]);
      h.fake.script('/revoke', { status: 200, body: '' });
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await h.outcomeOf(login.id);
      expect(await h.bot.login.logout(alice, 'rfc8628')).toBe(true);
      expect(h.fake.requestsTo('/revoke')[0]?.body).toContain('token=refresh-secret-token');
      await expect(h.bot.login.getLogin(alice, 'rfc8628')).rejects.toMatchObject({
        code: ErrorCode.NotLoggedIn,
      });
      expect(await h.bot.login.logout(alice, 'rfc8628')).toBe(false);
    });

    it('should forget the tokens even when the provider is unreachable', async () => {
      await setUp([tokenAnswer()]);
      h.fake.script('/revoke', { reset: true });
      const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
      await h.outcomeOf(login.id);
      expect(await h.bot.login.logout(alice, 'rfc8628')).toBe(true);
      expect(await h.bot.login.listLogins(alice)).toEqual([]);
    });
  });
});
