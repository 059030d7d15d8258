import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BotloginError,
  classifyFacebookPoll,
  classifyOAuthPoll,
  decideAfterPoll,
  type LoginSession,
  normaliseInterval,
  type PollResult,
} from '../src/index.js';
import { anySession } from '../src/testing/store-conformance.js';

/** A secret planted in answers: it must never reach an error message. */
const secret = 'SECRETtoken0123456789abcdefXYZ';
const now = 1_700_000_000_000;
const kinds = new Set([
  'pending',
  'slow_down',
  'granted',
  'denied',
  'expired',
  'transient',
  'fatal',
]);

const errorNames = fc.constantFrom(
  'authorization_pending',
  'slow_down',
  'access_denied',
  'expired_token',
  'temporarily_unavailable',
  'authorization_declined',
  'code_expired',
  'token_expired',
  'bad_verification_code',
  'incorrect_device_code',
  'invalid_grant',
  'invalid_client',
  '',
);
const validOrQuirkyBody = fc.oneof(
  fc.record(
    { error: fc.oneof(errorNames, fc.string()), interval: fc.anything() },
    { requiredKeys: ['error'] },
  ),
  fc.record({ error_code: errorNames }),
  fc.record(
    {
      access_token: fc.oneof(fc.constant(secret), fc.string(), fc.integer()),
      token_type: fc.constantFrom('Bearer', 'bearer', ''),
      expires_in: fc.oneof(fc.integer({ min: -5, max: 1e9 }), fc.string()),
      scope: fc.oneof(fc.constant('repo,gist'), fc.string()),
      refresh_token: fc.constant(secret),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    error: fc.record({
      message: fc.string(),
      code: fc.integer({ min: 0, max: 500 }),
      error_subcode: fc.constantFrom(1349174, 1349172, 1349152, 1349173, 0, 12),
      is_transient: fc.boolean(),
    }),
  }),
  fc.record({ status: fc.integer(), message: errorNames }),
);
const answer = fc.record({
  status: fc.oneof(
    fc.constantFrom(200, 400, 401, 403, 408, 428, 429, 500, 502, 503),
    fc.integer({ min: 200, max: 599 }),
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/x-www-form-urlencoded',
    'application/problem+json',
    'text/html',
    'text/plain',
    '',
  ),
  body: fc.oneof(
    validOrQuirkyBody.map((value) => JSON.stringify(value)),
    validOrQuirkyBody.map((value) => JSON.stringify(value).slice(0, 7)),
    fc.constant(`<html><body>Bad Gateway ${secret}</body></html>`),
    fc.constant(`error=authorization_pending&access_token=${secret}`),
    fc.string(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
  ),
  retryAfter: fc.option(fc.oneof(fc.nat(100).map(String), fc.string()), { nil: undefined }),
});

function checkResult(result: PollResult): void {
  expect(kinds.has(result.kind)).toBe(true);
  if (result.kind === 'fatal') {
    expect(BotloginError.is(result.error)).toBe(true);
    expect(result.error.message).not.toContain(secret);
  }
  if (result.kind === 'slow_down' && result.interval !== undefined) {
    expect(Number.isFinite(result.interval)).toBe(true);
  }
}

describe('properties of the classifiers', () => {
  it('should read any answer as exactly one known result, never throwing or leaking', () => {
    fc.assert(
      fc.property(answer, (input) => {
        const headers: Record<string, string> = { 'content-type': input.contentType };
        if (input.retryAfter !== undefined) headers['retry-after'] = input.retryAfter;
        const common = { status: input.status, headers, body: input.body, endpoint: 'POST x', now };
        checkResult(
          classifyOAuthPoll({ ...common, aliases: { authorization_declined: 'denied' } }),
        );
        checkResult(classifyFacebookPoll(common));
      }),
      { numRuns: 1000 },
    );
  });
});

/** A poll result as the engine could see it, of every kind. */
const pollResult: fc.Arbitrary<PollResult> = fc.oneof(
  fc.constant({ kind: 'pending' } as const),
  fc
    .option(fc.double({ min: -10, max: 1e6, noNaN: true }), { nil: undefined })
    .map(
      (interval): PollResult =>
        interval === undefined ? { kind: 'slow_down' } : { kind: 'slow_down', interval },
    ),
  fc.constant({
    kind: 'granted',
    tokens: { accessToken: 'a', tokenType: 'bearer', scopes: [], obtainedAt: now },
  } as const),
  fc.constant({ kind: 'denied' } as const),
  fc.constant({ kind: 'expired' } as const),
  fc.record({
    kind: fc.constant('transient' as const),
    reason: fc.constant('HTTP 503'),
    retryAfter: fc.nat(400),
  }),
  fc.constant({
    kind: 'fatal',
    error: new BotloginError('BOTLOGIN_PROVIDER_ERROR', 'refused'),
  } as const),
);

/**
 * The engine's polling loop on a simulated clock, driving the real `decideAfterPoll`: the
 * scheduler fires at (or a little after) `nextPollAt`, a due poll at or past the deadline ends
 * the login as expired without a request, as `LoginService.poll` does.
 */
function simulate(
  expiresIn: number,
  offeredInterval: number,
  results: readonly PollResult[],
  latencies: readonly number[],
  lateness: readonly number[],
) {
  const createdAt = now;
  const interval = normaliseInterval(offeredInterval);
  let session: LoginSession = anySession({
    createdAt,
    expiresAt: createdAt + expiresIn * 1000,
    interval,
    nextPollAt: createdAt + interval * 1000,
    state: 'pending',
    pollCount: 0,
    slowDownCount: 0,
    transientFailures: 0,
  });
  const polls: { at: number; interval: number; since: number }[] = [];
  let since = createdAt;
  const outcomes: string[] = [];
  for (let step = 0; step < 10_000 && outcomes.length === 0; step += 1) {
    const firedAt = session.nextPollAt + (lateness[step % lateness.length] ?? 0);
    if (firedAt >= session.expiresAt) {
      outcomes.push('expired');
      break;
    }
    polls.push({ at: firedAt, interval: session.interval, since });
    const result = results[step] ?? { kind: 'pending' };
    const answeredAt = firedAt + (latencies[step % latencies.length] ?? 0);
    const decision = decideAfterPoll({ ...session, lastPollAt: firedAt }, result, answeredAt);
    if (decision.kind === 'finish') {
      outcomes.push(decision.state);
      break;
    }
    expect(decision.session.interval).toBeGreaterThanOrEqual(session.interval);
    session = decision.session;
    since = answeredAt;
  }
  return { polls, outcomes, session };
}

describe('properties of the polling loop (decideAfterPoll on a simulated clock)', () => {
  it('should reach exactly one outcome, never polling early or after the deadline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1800 }),
        fc.oneof(fc.integer({ min: -5, max: 700 }), fc.double({ min: 0, max: 20, noNaN: true })),
        fc.array(pollResult, { maxLength: 40 }),
        fc.array(fc.nat(20_000), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(2_000), { minLength: 1, maxLength: 5 }),
        (expiresIn, offered, results, latencies, lateness) => {
          const { polls, outcomes, session } = simulate(
            expiresIn,
            offered,
            results,
            latencies,
            lateness,
          );
          expect(outcomes).toHaveLength(1);
          for (const poll of polls) {
            expect(poll.at).toBeLessThan(session.expiresAt);
            expect(poll.at - poll.since).toBeGreaterThanOrEqual(poll.interval * 1000);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('properties of the engine over HTTP', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('should end every login once, within its deadline, without unhandled rejections', async () => {
    const { acceleratedClock } = await import('../src/index.js');
    const { ScriptedProvider } = await import('./support/scripted-provider.js');
    const { harness, alice } = await import('./support/harness.js');
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 6 }), async (answers) => {
        const clock = acceleratedClock(200);
        const fake = await ScriptedProvider.start(clock.now);
        fake
          .script('/device', {
            body: {
              device_code: 'device-secret-0123456789',
              user_code: 'WDJB-MJHT',
              verification_uri: 'https://example.test/device',
              expires_in: 30,
              interval: 5,
            },
          })
          .script(
            '/token',
            ...answers.map((item) => ({
              status: item.status,
              contentType: item.contentType,
              body: item.body,
              ...(item.retryAfter === undefined
                ? {}
                : { headers: { 'retry-after': item.retryAfter } }),
            })),
          );
        const h = await harness(clock, fake, {
          type: 'rfc8628',
          deviceAuthorizationEndpoint: `${fake.url}/device`,
          tokenEndpoint: `${fake.url}/token`,
          clientId: 'client-1',
          clock: clock.now,
        });
        try {
          const { login } = await h.bot.login.start({ chatUser: alice, providerId: 'rfc8628' });
          await h.outcomeOf(login.id, 15_000);
          await new Promise((resolve) => setTimeout(resolve, 20));
          expect(h.outcomes.filter((view) => view.id === login.id)).toHaveLength(1);
          const polls = fake.requestsTo('/token');
          for (const poll of polls) expect(poll.at).toBeLessThan(login.expiresAt);
          const gaps = polls.map(
            (poll, index) => poll.at - (polls[index - 1]?.at ?? login.createdAt),
          );
          for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(5_000);
          expect(h.logs.join('\n')).not.toContain(secret);
        } finally {
          await h.close();
        }
      }),
      { numRuns: 30 },
    );
    expect(unhandled).toEqual([]);
  }, 60_000);
});
