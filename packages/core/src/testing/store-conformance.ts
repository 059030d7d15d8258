import { BotloginError, ErrorCode } from '../errors/botlogin-error.js';
import type { LoginSession } from '../models/login-session.js';
import type { CorruptRecord, SessionStore } from '../services/session-store.js';
import type { StoredLogin, TokenStore } from '../services/token-store.js';

/**
 * The parts of a test runner the suite uses. Pass vitest's (`import * as vitest from
 * 'vitest'`); taking them as a parameter keeps the core free of a runtime test dependency.
 */
export interface ConformanceTestApi {
  describe(name: string, body: () => void): void;
  it: {
    (name: string, body: () => Promise<void>): void;
    /** Registers a test that must fail, for a known defect (vitest's `it.fails`). */
    fails(name: string, body: () => Promise<void>): void;
  };
  beforeEach(body: () => Promise<void>): void;
  afterEach(body: () => Promise<void>): void;
  expect: (value: unknown) => {
    toBe(expected: unknown): void;
    toEqual(expected: unknown): void;
    toBeUndefined(): void;
  };
}

/** One connection to a store, as one bot process would hold it. */
export interface StoreConnection {
  readonly sessions: SessionStore;
  readonly tokens: TokenStore;
}

/** A fresh, empty store for one test, and the means to damage it. */
export interface ConformanceBackend {
  /** Opens another connection to the same data, as a second process would. */
  connect(): Promise<StoreConnection>;
  /**
   * Overwrites a stored session with bytes that cannot be read back. Absent for stores that
   * only ever hold values they wrote themselves in memory.
   */
  corruptSession?(id: string): Promise<void>;
  /** Overwrites stored tokens with bytes that cannot be read back. */
  corruptTokens?(chatUserKey: string, providerId: string): Promise<void>;
  /** Closes every connection it opened and removes the data. */
  dispose(): Promise<void>;
}

export interface ConformanceOptions {
  /**
   * Titles of tests the store is known to fail, each of which must then fail (so the entry is
   * noticed when the defect is fixed). Say why next to each entry.
   */
  readonly knownDefects?: readonly string[];
}

/**
 * The one conformance suite every session and token store passes: round trips, the atomic
 * insert and compare-and-set across two connections, the newer-token rule, resuming and
 * pruning, and corrupt records that give a typed error without stopping the others.
 *
 * @param name - the store's name, for the `describe` title.
 * @param makeBackend - called before each test; returns an empty store.
 */
export function describeStoreConformance(
  api: ConformanceTestApi,
  name: string,
  makeBackend: () => Promise<ConformanceBackend>,
  options: ConformanceOptions = {},
): void {
  const { describe, beforeEach, afterEach, expect } = api;
  const knownDefects = new Set(options.knownDefects ?? []);
  const it = (title: string, body: () => Promise<void>) =>
    knownDefects.has(title) ? api.it.fails(title, body) : api.it(title, body);
  let backend: ConformanceBackend;
  let one: StoreConnection;
  let two: StoreConnection;

  describe(`${name} (store conformance)`, () => {
    beforeEach(async () => {
      backend = await makeBackend();
      one = await backend.connect();
      two = await backend.connect();
    });
    afterEach(async () => {
      await backend.dispose();
    });

    describe('SessionStore', () => {
      it('should round-trip a session with every optional field', async () => {
        const session = anySession({
          verificationUriComplete: 'https://example.test/device?user_code=WDJB-MJHT',
          providerMessage: 'Enter the code',
          locale: 'de-DE',
          lastPollAt: 1_700_000_004_000,
          delivery: { platform: 'discord', data: { token: 'interaction-token', n: [1, null] } },
        });
        expect(await one.sessions.insert(session)).toEqual({ inserted: true });
        expect(await two.sessions.get(session.id)).toEqual(session);
        expect(await two.sessions.get('nope')).toBeUndefined();
      });

      it('should refuse a second pending session for the same user and provider', async () => {
        const first = anySession();
        await one.sessions.insert(first);
        const result = await two.sessions.insert(anySession({ id: 'second-login' }));
        expect(result).toEqual({ inserted: false, existing: first });
        expect(await one.sessions.get('second-login')).toBeUndefined();
        expect(await two.sessions.findPending(first.chatUserKey, first.providerId)).toEqual(first);
      });

      it('should let exactly one of two racing inserts in', async () => {
        const results = await Promise.all([
          one.sessions.insert(anySession({ id: 'race-a' })),
          two.sessions.insert(anySession({ id: 'race-b' })),
          one.sessions.insert(anySession({ id: 'race-c' })),
          two.sessions.insert(anySession({ id: 'race-d' })),
        ]);
        expect(results.filter((result) => result.inserted).length).toBe(1);
      });

      it('should keep pending sessions of other users and providers apart', async () => {
        await one.sessions.insert(anySession());
        const otherProvider = anySession({ id: 'other-provider', providerId: 'rfc8628' });
        const otherUser = anySession({ id: 'other-user', chatUserKey: 'slack:T1:U2' });
        expect((await one.sessions.insert(otherProvider)).inserted).toBe(true);
        expect((await one.sessions.insert(otherUser)).inserted).toBe(true);
      });

      it('should allow a new pending session once the previous one ended', async () => {
        const first = anySession();
        await one.sessions.insert(first);
        expect(await one.sessions.update(ended(first, 'denied'))).toBe(true);
        expect(await two.sessions.findPending(first.chatUserKey, first.providerId)).toBeUndefined();
        const again = anySession({ id: 'second-login' });
        expect(await two.sessions.insert(again)).toEqual({ inserted: true });
        expect(await one.sessions.findPending(first.chatUserKey, first.providerId)).toEqual(again);
      });

      it('should compare-and-set on the version', async () => {
        const session = anySession();
        await one.sessions.insert(session);
        const next = { ...session, version: 2, nextPollAt: session.nextPollAt + 5000 };
        expect(await one.sessions.update(next)).toBe(true);
        expect(await two.sessions.update({ ...session, version: 2, pollCount: 9 })).toBe(false);
        expect(await two.sessions.update({ ...session, version: 4 })).toBe(false);
        expect(await two.sessions.update({ ...session, id: 'unknown', version: 2 })).toBe(false);
        expect(await two.sessions.get(session.id)).toEqual(next);
      });

      it('should let only one of two processes record an outcome', async () => {
        const session = anySession();
        await one.sessions.insert(session);
        const candidates = (['approved', 'cancelled', 'expired', 'failed'] as const).map((state) =>
          ended(session, state),
        );
        const connections = [one, two, one, two];
        const results = await Promise.all(
          candidates.map((candidate, index) => connections[index]?.sessions.update(candidate)),
        );
        expect(results.filter(Boolean).length).toBe(1);
        expect(await one.sessions.get(session.id)).toEqual(candidates[results.indexOf(true)]);
      });

      it('should list pending and undelivered sessions to resume', async () => {
        const pending = anySession({ id: 'pending-1' });
        const undelivered = anySession({ id: 'ended-1', chatUserKey: 'slack:T1:U2' });
        const delivered = anySession({ id: 'ended-2', chatUserKey: 'slack:T1:U3' });
        for (const session of [pending, undelivered, delivered]) {
          await one.sessions.insert(session);
        }
        await one.sessions.update(ended(undelivered, 'approved'));
        await one.sessions.update({ ...ended(delivered, 'denied'), delivered: true });
        const listed = await two.sessions.listUnfinished();
        expect(listed.map((session) => session.id).sort()).toEqual(['ended-1', 'pending-1']);
        expect(listed.find((session) => session.id === 'pending-1')).toEqual(pending);
      });

      it('should prune delivered sessions that ended before the cutoff', async () => {
        const old = anySession({ id: 'old' });
        const recent = anySession({ id: 'recent', chatUserKey: 'slack:T1:U2' });
        const pending = anySession({ id: 'pending', chatUserKey: 'slack:T1:U3' });
        for (const session of [old, recent, pending]) await one.sessions.insert(session);
        await one.sessions.update({ ...ended(old, 'denied', 1_000), delivered: true });
        await one.sessions.update({ ...ended(recent, 'denied', 5_000), delivered: true });
        expect(await two.sessions.prune(2_000)).toBe(1);
        expect(await one.sessions.get('old')).toBeUndefined();
        expect((await one.sessions.get('recent'))?.state).toBe('denied');
        expect((await one.sessions.get('pending'))?.state).toBe('pending');
      });

      it('should report a corrupt session and still load the others', async () => {
        if (backend.corruptSession === undefined) return;
        const good = anySession({ id: 'good' });
        const bad = anySession({ id: 'bad', chatUserKey: 'slack:T1:U2' });
        await one.sessions.insert(good);
        await one.sessions.insert(bad);
        await backend.corruptSession('bad');
        const reported: CorruptRecord[] = [];
        const listed = await two.sessions.listUnfinished((record) => reported.push(record));
        expect(listed).toEqual([good]);
        expect(reported.map((record) => record.id)).toEqual(['bad']);
        expect(await codeOf(two.sessions.get('bad'))).toBe(ErrorCode.CorruptRecord);
        expect(await two.sessions.get('good')).toEqual(good);
      });
    });

    describe('TokenStore', () => {
      const user = 'discord::1234';

      it('should round-trip tokens with their profile', async () => {
        const login = anyLogin(1_000);
        expect(await one.tokens.put(user, login)).toBe(true);
        expect(await two.tokens.get(user, 'facebook')).toEqual(login);
        expect(await two.tokens.get(user, 'rfc8628')).toBeUndefined();
        expect(await two.tokens.get('discord::other', 'facebook')).toBeUndefined();
      });

      it('should keep the newer token and ignore an older write', async () => {
        await one.tokens.put(user, anyLogin(2_000));
        expect(await two.tokens.put(user, anyLogin(1_000))).toBe(false);
        expect((await one.tokens.get(user, 'facebook'))?.tokens.obtainedAt).toBe(2_000);
        expect(await two.tokens.put(user, anyLogin(3_000))).toBe(true);
        expect((await one.tokens.get(user, 'facebook'))?.tokens.accessToken).toBe('access-3000');
      });

      it('should keep the newest of racing refreshes from two processes', async () => {
        for (let round = 0; round < 5; round += 1) {
          const base = 10_000 * (round + 1);
          await Promise.all([
            one.tokens.put(user, anyLogin(base + 2)),
            two.tokens.put(user, anyLogin(base + 1)),
            two.tokens.put(user, anyLogin(base + 3)),
            one.tokens.put(user, anyLogin(base)),
          ]);
          expect((await one.tokens.get(user, 'facebook'))?.tokens.obtainedAt).toBe(base + 3);
        }
      });

      it('should list and delete per chat user', async () => {
        await one.tokens.put(user, anyLogin(1_000));
        await one.tokens.put(user, { ...anyLogin(1_000), providerId: 'rfc8628' });
        await one.tokens.put('discord::other', anyLogin(1_000));
        const listed = await two.tokens.list(user);
        expect(listed.map((login) => login.providerId).sort()).toEqual(['facebook', 'rfc8628']);
        await two.tokens.delete(user, 'facebook');
        expect(await one.tokens.get(user, 'facebook')).toBeUndefined();
        expect((await one.tokens.list(user)).length).toBe(1);
        await two.tokens.delete(user, 'never-stored');
      });

      it('should give a typed error for corrupt tokens and still load the others', async () => {
        if (backend.corruptTokens === undefined) return;
        await one.tokens.put(user, anyLogin(1_000));
        await one.tokens.put(user, { ...anyLogin(1_000), providerId: 'rfc8628' });
        await backend.corruptTokens(user, 'facebook');
        expect(await codeOf(two.tokens.get(user, 'facebook'))).toBe(ErrorCode.CorruptRecord);
        const listed = await two.tokens.list(user);
        expect(listed.map((login) => login.providerId)).toEqual(['rfc8628']);
        expect(await two.tokens.put(user, anyLogin(2_000))).toBe(true);
        expect((await two.tokens.get(user, 'facebook'))?.tokens.obtainedAt).toBe(2_000);
      });
    });
  });
}

/** A pending session with plausible values, with `overrides` applied. */
export function anySession(overrides: Partial<LoginSession> = {}): LoginSession {
  return {
    id: 'login-abc123',
    version: 1,
    providerId: 'facebook',
    chatUser: { platform: 'discord', userId: '1234' },
    chatUserKey: 'discord::1234',
    state: 'pending',
    deviceCode: 'device-code-secret-7f3a9c',
    userCode: 'WDJBMJHT',
    verificationUri: 'https://example.test/device',
    createdAt: 1_700_000_000_000,
    expiresAt: 1_700_000_420_000,
    interval: 5,
    nextPollAt: 1_700_000_005_000,
    pollCount: 0,
    slowDownCount: 0,
    transientFailures: 0,
    delivered: false,
    ...overrides,
  };
}

function ended(
  session: LoginSession,
  state: 'approved' | 'denied' | 'expired' | 'cancelled' | 'failed',
  endedAt = 1_700_000_100_000,
): LoginSession {
  return {
    ...session,
    version: session.version + 1,
    state,
    outcome: {
      state,
      endedAt,
      ...(state === 'approved' ? { profile: { id: '42', name: 'Ada Lovelace' } } : {}),
    },
  };
}

function anyLogin(obtainedAt: number): StoredLogin {
  return {
    providerId: 'facebook',
    tokens: {
      accessToken: `access-${obtainedAt}`,
      tokenType: 'bearer',
      refreshToken: `refresh-${obtainedAt}`,
      scopes: ['public_profile', 'email'],
      expiresAt: obtainedAt + 3_600_000,
      obtainedAt,
    },
    profile: { id: '42', name: 'Ada Lovelace', email: 'ada@example.test' },
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return BotloginError.is(error) ? error.code : 'not a BotloginError';
  }
}
