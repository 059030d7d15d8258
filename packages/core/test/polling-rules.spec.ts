import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode, type LoginView } from '../src/index.js';
import { alice, type EngineHarness, gapsInSeconds, rfcHarness } from './support/harness.js';
import {
  deviceAnswer,
  oauthError,
  tokenAnswer,
  userinfoAnswer,
} from './support/scripted-provider.js';

// Virtual seconds of slack allowed after a due time on a busy 2-core machine.
const slack = 6;

describe('LoginService polling rules (RFC 8628 §3.5)', () => {
  let h: EngineHarness;
  afterEach(async () => h?.close());

  async function loginWith(
    tokenScript: Parameters<EngineHarness['fake']['script']>[1][],
    device = deviceAnswer(),
  ) {
    h.fake
      .script('/device', device)
      .script('/token', ...tokenScript)
      .script('/userinfo', userinfoAnswer());
    const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
    return login;
  }

  function pollGaps(login: LoginView): number[] {
    return gapsInSeconds(
      h.fake.requestsTo('/token').map((r) => r.at),
      login.createdAt,
    );
  }

  describe('when the provider answers pending', () => {
    it('should wait one interval before the first poll and between later polls', async () => {
      h = await rfcHarness();
      const login = await loginWith([
        oauthError('authorization_pending'),
        oauthError('authorization_pending'),
        tokenAnswer(),
      ]);
      const outcome = await h.outcomeOf(login.id);
      expect(outcome.state).toBe('approved');
      const gaps = pollGaps(login);
      expect(gaps).toHaveLength(3);
      for (const gap of gaps) {
        expect(gap).toBeGreaterThanOrEqual(5);
        expect(gap).toBeLessThan(5 + slack);
      }
    });

    it('should use the default interval of 5 s when none is given, or zero', async () => {
      for (const interval of [undefined, 0]) {
        h = await rfcHarness();
        const login = await loginWith(
          [oauthError('authorization_pending'), tokenAnswer()],
          deviceAnswer({ interval }),
        );
        expect(login.interval).toBe(5);
        await h.outcomeOf(login.id);
        for (const gap of pollGaps(login)) expect(gap).toBeGreaterThanOrEqual(5);
        await h.close();
      }
    });
  });

  describe('when the provider answers slow_down', () => {
    it('should add 5 s to the interval for that and every later poll', async () => {
      h = await rfcHarness();
      const login = await loginWith([
        oauthError('authorization_pending'),
        oauthError('slow_down'),
        oauthError('authorization_pending'),
        oauthError('authorization_pending'),
        tokenAnswer(),
      ]);
      expect((await h.outcomeOf(login.id)).state).toBe('approved');
      const gaps = pollGaps(login);
      expect(gaps).toHaveLength(5);
      const minimums = [5, 5, 10, 10, 10];
      for (const [index, gap] of gaps.entries()) {
        expect(gap).toBeGreaterThanOrEqual(minimums[index] as number);
      }
      expect((await h.bot.login.get(login.id))?.interval).toBe(10);
    });

    it("should take the provider's new interval when it is larger (GitHub)", async () => {
      h = await rfcHarness();
      const login = await loginWith([
        oauthError('slow_down', 200, { interval: 15 }),
        tokenAnswer(),
      ]);
      await h.outcomeOf(login.id);
      const gaps = pollGaps(login);
      expect(gaps[1]).toBeGreaterThanOrEqual(15);
    });

    it('should accept slow_down under HTTP 429 (Auth0) as slow_down, not as a retry', async () => {
      h = await rfcHarness();
      const login = await loginWith([oauthError('slow_down', 429), tokenAnswer()]);
      await h.outcomeOf(login.id);
      expect(pollGaps(login)[1]).toBeGreaterThanOrEqual(10);
    });
  });

  describe('when polls fail transiently', () => {
    it('should back off and keep the login through resets, 429, 503 and HTML 502', async () => {
      h = await rfcHarness();
      const login = await loginWith(
        [
          oauthError('authorization_pending'),
          { reset: true },
          {
            status: 429,
            body: { error: 'temporarily_unavailable' },
            headers: { 'retry-after': '20' },
          },
          { status: 503, body: 'unavailable', headers: { 'retry-after': '3' } },
          { status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway</body></html>' },
          tokenAnswer(),
        ],
        deviceAnswer({ expires_in: 300 }),
      );
      const outcome = await h.outcomeOf(login.id, 20_000);
      expect(outcome.state).toBe('approved');
      const gaps = pollGaps(login);
      expect(gaps).toHaveLength(6);
      // After the 429 the server's Retry-After of 20 s beats the doubled interval.
      expect(gaps[3]).toBeGreaterThanOrEqual(20);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(5);
    });

    it('should time out a poll that gets no answer and poll again', async () => {
      h = await rfcHarness({ httpTimeoutMs: 150 });
      const login = await loginWith([
        { ...oauthError('authorization_pending'), holdMs: 1_000 },
        tokenAnswer(),
      ]);
      expect((await h.outcomeOf(login.id, 15_000)).state).toBe('approved');
      expect(h.fake.requestsTo('/token')[0]?.aborted).toBe(true);
    });
  });

  describe('at the deadline', () => {
    it('should send a poll due before the deadline and none after it', async () => {
      h = await rfcHarness();
      const login = await loginWith(
        [oauthError('authorization_pending')],
        deviceAnswer({ expires_in: 11 }),
      );
      const outcome = await h.outcomeOf(login.id);
      expect(outcome.state).toBe('expired');
      const polls = h.fake.requestsTo('/token');
      expect(polls).toHaveLength(2);
      for (const poll of polls) expect(poll.at).toBeLessThan(login.expiresAt);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(h.fake.requestsTo('/token')).toHaveLength(2);
    });

    it("should report the server's answer to the last poll before the deadline (B9)", async () => {
      h = await rfcHarness();
      const login = await loginWith(
        [oauthError('authorization_pending'), tokenAnswer()],
        deviceAnswer({ expires_in: 11 }),
      );
      expect((await h.outcomeOf(login.id)).state).toBe('approved');
    });

    it('should refuse a code whose interval is not shorter than its lifetime', async () => {
      h = await rfcHarness();
      h.fake.script('/device', deviceAnswer({ expires_in: 600, interval: 600 }));
      await expect(
        h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' }),
      ).rejects.toMatchObject({
        code: ErrorCode.IntervalExceedsLifetime,
      });
      expect(await h.bot.login.findPending(alice, 'rfc8628')).toBeUndefined();
    });
  });

  describe('when the provider ends the login', () => {
    it.each([
      ['access_denied', 400, 'denied'],
      ['authorization_declined', 400, 'failed'],
      ['expired_token', 400, 'expired'],
      ['expired_token', 403, 'expired'],
      ['invalid_grant', 400, 'failed'],
    ])('should end on %s (HTTP %i) as %s and poll no more', async (error, status, state) => {
      h = await rfcHarness();
      const login = await loginWith([
        oauthError(error, status),
        oauthError('authorization_pending'),
      ]);
      expect((await h.outcomeOf(login.id)).state).toBe(state);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(h.fake.requestsTo('/token')).toHaveLength(1);
    });

    it('should fail with a clear error on an HTML page under 200, without secrets', async () => {
      h = await rfcHarness();
      const login = await loginWith([
        {
          status: 200,
          contentType: 'text/html',
          body: '<html>Sign in to the captive portal</html>',
        },
      ]);
      const outcome = await h.outcomeOf(login.id);
      expect(outcome.state).toBe('failed');
      expect(outcome.outcome?.errorCode).toBe(ErrorCode.InvalidResponse);
      expect(outcome.outcome?.errorMessage).toContain('text/html');
    });
  });

  describe('when the login is cancelled', () => {
    it('should abort the poll in flight at once and poll no more', async () => {
      h = await rfcHarness();
      const login = await loginWith([{ ...oauthError('authorization_pending'), holdMs: 3_000 }]);
      while (h.fake.requestsTo('/token').length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const before = performance.now();
      const result = await h.bot.login.cancel(login.id, alice);
      expect(result.changed).toBe(true);
      expect(result.login.state).toBe('cancelled');
      expect(performance.now() - before).toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(h.fake.requestsTo('/token')[0]?.aborted).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(h.fake.requestsTo('/token')).toHaveLength(1);
      expect(h.outcomes.filter((view) => view.id === login.id)).toHaveLength(1);
    });
  });
});
