import { randomBytes } from 'node:crypto';
import { decideAfterPoll } from '../calculations/decide-after-poll.js';
import { requireNumber } from '../calculations/endpoint-url.js';
import { redactSecrets } from '../calculations/redact.js';
import { BotloginError, ErrorCode, LoginError, TransportError } from '../errors/botlogin-error.js';
import { type ChatUser, chatUserKey } from '../models/chat-user.js';
import type {
  DeliveryHandle,
  LoginOutcome,
  LoginOutcomeState,
  LoginSession,
  LoginView,
  SessionProfile,
} from '../models/login-session.js';
import { toLoginView } from '../models/login-session.js';
import type { PollResultKind } from '../models/poll-result.js';
import type { TokenSet } from '../models/token-set.js';
import type { DeviceFlowProvider } from '../providers/device-flow-provider.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { PollScheduler } from './poll-scheduler.js';
import type { ProviderRegistry } from './provider-registry.js';
import type { SessionStore } from './session-store.js';
import {
  defaultStartRateLimit,
  type StartRateLimit,
  StartRateLimiter,
} from './start-rate-limiter.js';
import type { StoredLogin, TokenStore } from './token-store.js';
import { TypedEmitter } from './typed-emitter.js';

/** Shows a login's outcome on one chat platform, through the session's delivery handle. */
export interface LoginPresenter {
  present(login: LoginView): Promise<void>;
}

/** The events of the engine. Payloads never carry a device code or token. */
export interface LoginEvents {
  readonly [name: string]: unknown;
  /** A new login is pending. */
  started: LoginView;
  /** One poll was answered (debug-level detail). */
  polled: { loginId: string; providerId: string; result: PollResultKind; nextPollAt?: number };
  /** A login reached its outcome; emitted exactly once per session, by the process that ended it. */
  outcome: LoginView;
  /** A presenter failed to show an outcome. */
  presenterError: { loginId: string; platform: string; error: unknown };
}

export interface StartLoginRequest {
  readonly chatUser: ChatUser;
  readonly providerId: string;
  /** Cancel a pending login of this user and provider and start afresh. @defaultValue false */
  readonly replace?: boolean;
  /** The chat user's locale, kept for rendering the outcome. */
  readonly locale?: string;
}

export interface StartLoginResult {
  readonly login: LoginView;
  /** False when the user already had this login pending and it was returned instead. */
  readonly created: boolean;
}

export interface CancelResult {
  readonly login: LoginView;
  /** False when the login had already ended: a double click changes nothing. */
  readonly changed: boolean;
}

export interface LoginServiceOptions {
  readonly startRateLimit?: StartRateLimit;
  /** Milliseconds allowed for the profile request after approval. @defaultValue 10000 */
  readonly profileTimeoutMs?: number;
  /** Seconds before expiry at which `getAccessToken` refreshes. @defaultValue 60 */
  readonly refreshLeewaySeconds?: number;
}

export interface LoginServiceDependencies {
  readonly providers: ProviderRegistry;
  readonly sessions: SessionStore;
  readonly tokens: TokenStore;
  readonly scheduler: PollScheduler;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options?: LoginServiceOptions;
}

/**
 * The device-flow engine: starts logins, polls them through the scheduler under RFC 8628's
 * rules, and ends each in exactly one outcome, which it hands to the platform's presenter and
 * to `events`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3
 */
export class LoginService {
  readonly events: TypedEmitter<LoginEvents>;
  readonly #providers: ProviderRegistry;
  readonly #sessions: SessionStore;
  readonly #tokens: TokenStore;
  readonly #scheduler: PollScheduler;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #limiter: StartRateLimiter;
  readonly #profileTimeoutMs: number;
  readonly #refreshLeewayMs: number;
  readonly #presenters = new Map<string, LoginPresenter>();
  /** Polls in flight in this process, so cancel can abort them. */
  readonly #inFlight = new Map<string, AbortController>();
  /** Serialises starts per chat user and provider within this process. */
  readonly #startQueues = new Map<string, Promise<unknown>>();
  /** Refreshes in flight, so concurrent callers share one (single-flight). */
  readonly #refreshes = new Map<string, Promise<StoredLogin>>();
  #closed = false;

  constructor(deps: LoginServiceDependencies) {
    this.#providers = deps.providers;
    this.#sessions = deps.sessions;
    this.#tokens = deps.tokens;
    this.#scheduler = deps.scheduler;
    this.#clock = deps.clock;
    this.#logger = deps.logger;
    const options = deps.options ?? {};
    this.#limiter = new StartRateLimiter(readRateLimit(options.startRateLimit), deps.clock);
    this.#profileTimeoutMs = requireNumber(options.profileTimeoutMs, 'profileTimeoutMs', 10_000, {
      min: 1,
    });
    this.#refreshLeewayMs =
      requireNumber(options.refreshLeewaySeconds, 'refreshLeewaySeconds', 60) * 1000;
    this.events = new TypedEmitter<LoginEvents>((error, event) =>
      this.#logger.error('An event listener threw', {
        event: String(event),
        error: describe(error),
      }),
    );
    this.#scheduler.setHandler((loginId) => this.poll(loginId));
  }

  /** Registers how outcomes are shown on a platform; every bot process registers its own. */
  registerPresenter(platform: string, presenter: LoginPresenter): void {
    this.#presenters.set(platform, presenter);
  }

  /** The providers users can log in to. */
  listProviders(): { id: string; displayName: string }[] {
    return this.#providers.list().map(({ id, displayName }) => ({ id, displayName }));
  }

  /**
   * Starts a device login for a chat user, or returns the one already pending.
   *
   * @throws LoginError `BOTLOGIN_UNKNOWN_PROVIDER`, `BOTLOGIN_RATE_LIMITED` (with
   *   `retryAfterMs`), `BOTLOGIN_INTERVAL_EXCEEDS_LIFETIME`; ProviderError or TransportError
   *   when the provider refuses or cannot be reached. Nothing is saved when it throws.
   */
  async start(request: StartLoginRequest): Promise<StartLoginResult> {
    const provider = this.#providers.get(request.providerId);
    const key = chatUserKey(request.chatUser);
    return this.#serialised(`${key}\n${provider.id}`, () => this.#start(request, provider, key));
  }

  async #start(
    request: StartLoginRequest,
    provider: DeviceFlowProvider,
    key: string,
  ): Promise<StartLoginResult> {
    const pending = await this.#sessions.findPending(key, provider.id);
    if (pending !== undefined && this.#clock.now() < pending.expiresAt) {
      if (!request.replace) return { login: toLoginView(pending), created: false };
      await this.cancel(pending.id);
    } else if (pending !== undefined) {
      await this.#finish(pending, 'expired');
    }

    const waitMs = this.#limiter.take(key);
    if (waitMs > 0) {
      throw new LoginError(
        ErrorCode.RateLimited,
        `Too many logins started; try again in ${Math.ceil(waitMs / 1000)} s.`,
        waitMs,
      );
    }

    const authorization = await provider.startDeviceAuthorization();
    if (authorization.interval >= authorization.expiresIn) {
      throw new LoginError(
        ErrorCode.IntervalExceedsLifetime,
        `${provider.displayName} asks for polls every ${authorization.interval} s but its code ` +
          `lives ${authorization.expiresIn} s, so no poll could be made; check its configuration.`,
      );
    }
    const now = this.#clock.now();
    const session: LoginSession = {
      id: newLoginId(),
      version: 1,
      providerId: provider.id,
      chatUser: { ...request.chatUser },
      chatUserKey: key,
      state: 'pending',
      deviceCode: authorization.deviceCode,
      userCode: authorization.userCode,
      verificationUri: authorization.verificationUri,
      ...(authorization.verificationUriComplete === undefined
        ? {}
        : { verificationUriComplete: authorization.verificationUriComplete }),
      ...(authorization.message === undefined ? {} : { providerMessage: authorization.message }),
      createdAt: now,
      expiresAt: now + authorization.expiresIn * 1000,
      interval: authorization.interval,
      // RFC 8628 §3.5: wait one interval before the first poll.
      nextPollAt: now + authorization.interval * 1000,
      pollCount: 0,
      slowDownCount: 0,
      transientFailures: 0,
      ...(request.locale === undefined ? {} : { locale: request.locale }),
      delivered: false,
    };
    const inserted = await this.#sessions.insert(session);
    if (!inserted.inserted) {
      // Another process started one for this user first; show theirs.
      return { login: toLoginView(inserted.existing), created: false };
    }
    await this.#scheduler.schedule(session.id, session.nextPollAt);
    this.#logger.info('Login started', {
      loginId: session.id,
      providerId: provider.id,
      platform: request.chatUser.platform,
      expiresIn: authorization.expiresIn,
      interval: authorization.interval,
    });
    const view = toLoginView(session);
    this.events.emit('started', view);
    return { login: view, created: true };
  }

  /**
   * Keeps what an adapter needs to update its message with the session, so any process can
   * show the outcome. Shows the outcome at once if the login ended before the handle came.
   *
   * @throws LoginError `BOTLOGIN_LOGIN_NOT_FOUND`.
   */
  async attachDelivery(loginId: string, delivery: DeliveryHandle): Promise<LoginView> {
    for (;;) {
      const session = await this.#require(loginId);
      const next: LoginSession = { ...session, delivery, version: session.version + 1 };
      if (!(await this.#sessions.update(next))) continue;
      if (next.state !== 'pending' && !next.delivered) await this.#present(next);
      return toLoginView(next);
    }
  }

  /** The login with that id, if it exists. */
  async get(loginId: string): Promise<LoginView | undefined> {
    const session = await this.#sessions.get(loginId);
    return session === undefined ? undefined : toLoginView(session);
  }

  /** The user's pending login with a provider, if any. */
  async findPending(chatUser: ChatUser, providerId: string): Promise<LoginView | undefined> {
    const session = await this.#sessions.findPending(chatUserKey(chatUser), providerId);
    return session === undefined ? undefined : toLoginView(session);
  }

  /**
   * Cancels a pending login and aborts its poll in flight. Cancelling an ended login changes
   * nothing and says so (`changed: false`).
   *
   * @param by - the chat user asking; refused unless it is the login's own user.
   * @throws LoginError `BOTLOGIN_LOGIN_NOT_FOUND`, `BOTLOGIN_NOT_ALLOWED`.
   */
  async cancel(loginId: string, by?: ChatUser): Promise<CancelResult> {
    const session = await this.#require(loginId);
    if (by !== undefined && chatUserKey(by) !== session.chatUserKey) {
      throw new LoginError(
        ErrorCode.NotAllowed,
        'Only the user who started this login can cancel it.',
      );
    }
    const ended = await this.#finish(session, 'cancelled');
    return (
      ended ?? {
        login: toLoginView((await this.#sessions.get(loginId)) ?? session),
        changed: false,
      }
    );
  }

  /**
   * Polls one session if it is due. The scheduler calls this; it is safe to call at any time,
   * since it re-checks the deadline and the due time itself.
   */
  async poll(loginId: string): Promise<void> {
    if (this.#closed || this.#inFlight.has(loginId)) return;
    const session = await this.#sessions.get(loginId);
    if (session === undefined || session.state !== 'pending') return;
    const now = this.#clock.now();
    if (now >= session.expiresAt) {
      await this.#finish(session, 'expired');
      return;
    }
    if (now < session.nextPollAt) {
      await this.#scheduler.schedule(loginId, session.nextPollAt);
      return;
    }

    // Claim this due time with a compare-and-set before polling, so that of several
    // processes sharing the store (or a resume racing the scheduler) exactly one polls.
    const polled: LoginSession = {
      ...session,
      version: session.version + 1,
      pollCount: session.pollCount + 1,
      lastPollAt: now,
      nextPollAt: Math.min(now + session.interval * 1000, session.expiresAt),
    };
    if (!(await this.#sessions.update(polled))) {
      const current = await this.#sessions.get(loginId);
      if (current?.state === 'pending') await this.#scheduler.schedule(loginId, current.nextPollAt);
      return;
    }

    const provider = this.#providers.get(session.providerId);
    const controller = new AbortController();
    this.#inFlight.set(loginId, controller);
    let result: Awaited<ReturnType<DeviceFlowProvider['pollToken']>>;
    try {
      result = await provider.pollToken(session.deviceCode, { signal: controller.signal });
    } catch (error) {
      if (TransportError.is(error) && error.code === ErrorCode.Aborted) return;
      result = { kind: 'transient', reason: describe(error) };
    } finally {
      this.#inFlight.delete(loginId);
    }
    const answeredAt = this.#clock.now();
    const decision = decideAfterPoll(polled, result, answeredAt);
    this.#logger.debug('Polled', { loginId, providerId: session.providerId, result: result.kind });

    if (decision.kind === 'reschedule') {
      const saved = await this.#saveSchedule(decision.session);
      if (saved === undefined) return;
      this.events.emit('polled', {
        loginId,
        providerId: session.providerId,
        result: result.kind,
        nextPollAt: decision.session.nextPollAt,
      });
      if (result.kind === 'slow_down') {
        this.#logger.warn('Provider asked to slow down', {
          loginId,
          providerId: session.providerId,
          interval: decision.session.interval,
        });
      } else if (result.kind === 'transient') {
        this.#logger.warn('Poll failed, backing off', {
          loginId,
          providerId: session.providerId,
          reason: result.reason,
          failures: decision.session.transientFailures,
        });
      }
      await this.#scheduler.schedule(loginId, saved.nextPollAt);
      return;
    }
    this.events.emit('polled', { loginId, providerId: session.providerId, result: result.kind });
    await this.#finish({ ...polled, version: polled.version }, decision.state, {
      ...(decision.tokens === undefined ? {} : { tokens: decision.tokens }),
      ...(decision.error === undefined ? {} : { error: decision.error }),
    });
  }

  /**
   * Picks up every unfinished session after a restart: pending ones are scheduled at their
   * saved due time, ended ones whose outcome was not shown are shown now.
   *
   * @returns how many sessions were resumed.
   */
  async resume(): Promise<number> {
    const sessions = await this.#sessions.listUnfinished((record) =>
      this.#logger.error('Skipped an unreadable login session', {
        loginId: record.id,
        reason: record.reason,
      }),
    );
    for (const session of sessions) {
      if (session.state === 'pending') {
        await this.#scheduler.schedule(session.id, Math.min(session.nextPollAt, session.expiresAt));
      } else {
        await this.#present(session);
      }
    }
    return sessions.length;
  }

  /**
   * The user's stored login with a provider, refreshed first when it is about to expire, or
   * when `forceRefresh` says the provider refused the access token (a 401 before expiry).
   */
  async getLogin(
    chatUser: ChatUser,
    providerId: string,
    options: { readonly forceRefresh?: boolean } = {},
  ): Promise<StoredLogin> {
    const key = chatUserKey(chatUser);
    const stored = await this.#tokens.get(key, providerId);
    if (stored === undefined) {
      throw new LoginError(
        ErrorCode.NotLoggedIn,
        'Not logged in with this provider; use /login first.',
      );
    }
    const expiresAt = stored.tokens.expiresAt;
    const fresh = expiresAt === undefined || expiresAt - this.#refreshLeewayMs > this.#clock.now();
    if (fresh && !options.forceRefresh) return stored;
    return this.#refreshOnce(key, stored);
  }

  /** Every provider the user is logged in to. */
  async listLogins(chatUser: ChatUser): Promise<StoredLogin[]> {
    return this.#tokens.list(chatUserKey(chatUser));
  }

  /**
   * Logs the user out: revokes at the provider where it can, then forgets the tokens, even
   * when the provider cannot be reached.
   *
   * @returns false when the user was not logged in.
   */
  async logout(chatUser: ChatUser, providerId: string): Promise<boolean> {
    const key = chatUserKey(chatUser);
    const stored = await this.#tokens.get(key, providerId);
    if (stored === undefined) return false;
    const provider = this.#providers.has(providerId) ? this.#providers.get(providerId) : undefined;
    try {
      await provider?.revoke?.(stored.tokens);
    } catch (error) {
      this.#logger.warn('Revoking at the provider failed; forgetting the tokens anyway', {
        providerId,
        error: describe(error),
      });
    }
    await this.#tokens.delete(key, providerId);
    this.#logger.info('Logged out', { providerId, platform: chatUser.platform });
    return true;
  }

  /** Stops polling in this process. Sessions stay in the store for the next start. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const controller of this.#inFlight.values()) controller.abort();
    await this.#scheduler.close();
  }

  /**
   * Moves a pending session to an outcome with a compare-and-set, retrying on conflicts with
   * writes that kept it pending. Only the writer that wins announces the outcome.
   *
   * @returns the result, or undefined when the session had already ended.
   */
  async #finish(
    session: LoginSession,
    state: LoginOutcomeState,
    detail: { tokens?: TokenSet; error?: BotloginError } = {},
  ): Promise<CancelResult | undefined> {
    let current: LoginSession | undefined = session;
    let profile: SessionProfile | undefined;
    if (state === 'approved' && detail.tokens !== undefined) {
      profile = await this.#saveTokens(session, detail.tokens);
    }
    while (current !== undefined && current.state === 'pending') {
      const outcome: LoginOutcome = {
        state,
        endedAt: this.#clock.now(),
        ...(profile === undefined ? {} : { profile }),
        ...(detail.error === undefined
          ? {}
          : {
              errorCode: detail.error.code,
              errorMessage: redactSecrets(detail.error.message, [session.deviceCode]),
            }),
      };
      const ended: LoginSession = { ...current, state, outcome, version: current.version + 1 };
      if (await this.#sessions.update(ended)) {
        this.#inFlight.get(session.id)?.abort();
        await this.#scheduler.unschedule(session.id);
        this.#logger.info('Login ended', {
          loginId: session.id,
          providerId: session.providerId,
          outcome: state,
          ...(detail.error === undefined ? {} : { errorCode: detail.error.code }),
        });
        const view = toLoginView(ended);
        this.events.emit('outcome', view);
        await this.#present(ended);
        return { login: view, changed: true };
      }
      current = await this.#sessions.get(session.id);
    }
    if (state === 'approved' && current?.state === 'cancelled') {
      // The user cancelled while the provider was granting: honour the cancel.
      await this.#tokens.delete(session.chatUserKey, session.providerId);
    }
    return undefined;
  }

  /**
   * Saves the polling state after a poll. A concurrent write that kept the session pending (an
   * adapter attaching its delivery handle) is merged rather than lost.
   *
   * @returns the saved session, or undefined when the session has ended meanwhile.
   */
  async #saveSchedule(next: LoginSession): Promise<LoginSession | undefined> {
    let candidate = next;
    for (;;) {
      if (await this.#sessions.update(candidate)) return candidate;
      const current = await this.#sessions.get(next.id);
      if (current === undefined || current.state !== 'pending') return undefined;
      candidate = {
        ...current,
        version: current.version + 1,
        interval: next.interval,
        nextPollAt: next.nextPollAt,
        pollCount: next.pollCount,
        slowDownCount: next.slowDownCount,
        transientFailures: next.transientFailures,
        ...(next.lastPollAt === undefined ? {} : { lastPollAt: next.lastPollAt }),
      };
    }
  }

  /** Fetches the profile and stores tokens with it; a profile failure does not lose the tokens. */
  async #saveTokens(session: LoginSession, tokens: TokenSet): Promise<SessionProfile | undefined> {
    const provider = this.#providers.get(session.providerId);
    let profile: SessionProfile | undefined;
    try {
      const fetched = await provider.fetchProfile(tokens, {
        signal: AbortSignal.timeout(this.#profileTimeoutMs),
      });
      profile = {
        id: fetched.id,
        name: fetched.name,
        ...(fetched.email === undefined ? {} : { email: fetched.email }),
        ...(fetched.avatarUrl === undefined ? {} : { avatarUrl: fetched.avatarUrl }),
      };
    } catch (error) {
      this.#logger.warn('Fetching the profile failed; keeping the tokens', {
        loginId: session.id,
        providerId: session.providerId,
        error: describe(error),
      });
    }
    await this.#tokens.put(session.chatUserKey, {
      providerId: session.providerId,
      tokens,
      ...(profile === undefined ? {} : { profile }),
    });
    return profile;
  }

  /**
   * Hands an ended session to its platform's presenter, marking it delivered first so that of
   * several processes only one presents it. A presenter that throws (the chat API is down or
   * rate-limiting) is retried with backoff, up to `presenterAttempts` in all: presenting the
   * same outcome twice must be harmless, as an edit to the same content is.
   */
  async #present(session: LoginSession): Promise<void> {
    if (session.delivered || session.delivery === undefined) return;
    const platform = session.delivery.platform;
    const presenter = this.#presenters.get(platform);
    if (presenter === undefined) return;
    const delivered: LoginSession = { ...session, delivered: true, version: session.version + 1 };
    if (!(await this.#sessions.update(delivered))) return;
    try {
      await presenter.present(toLoginView(delivered));
    } catch (error) {
      const attempts = (session.deliveryAttempts ?? 0) + 1;
      this.#logger.error('Presenting a login outcome failed', {
        loginId: session.id,
        platform,
        attempt: attempts,
        error: describe(error),
      });
      this.events.emit('presenterError', { loginId: session.id, platform, error });
      if (attempts < presenterAttempts) await this.#retryPresentLater(delivered, attempts);
    }
  }

  /** Marks the session undelivered again and presents it after a backoff. */
  async #retryPresentLater(session: LoginSession, attempts: number): Promise<void> {
    const retry: LoginSession = {
      ...session,
      delivered: false,
      deliveryAttempts: attempts,
      version: session.version + 1,
    };
    if (!(await this.#sessions.update(retry))) return;
    // A restart before the retry leaves the session undelivered, so `resume()` presents it.
    const delayMs = presenterRetryBaseMs * 3 ** (attempts - 1);
    this.#clock.setTimer(() => {
      if (this.#closed) return;
      void this.#sessions
        .get(session.id)
        .then((current) => (current === undefined ? undefined : this.#present(current)))
        .catch((error: unknown) =>
          this.#logger.error('Retrying a presenter failed', {
            loginId: session.id,
            error: describe(error),
          }),
        );
    }, delayMs);
  }

  #refreshOnce(key: string, stored: StoredLogin): Promise<StoredLogin> {
    const flightKey = `${key}\n${stored.providerId}`;
    const existing = this.#refreshes.get(flightKey);
    if (existing !== undefined) return existing;
    const flight = this.#refresh(key, stored).finally(() => this.#refreshes.delete(flightKey));
    this.#refreshes.set(flightKey, flight);
    return flight;
  }

  async #refresh(key: string, stored: StoredLogin): Promise<StoredLogin> {
    const provider = this.#providers.get(stored.providerId);
    const renewable = stored.tokens.refreshToken !== undefined || provider.renewsAccessToken;
    if (provider.refresh === undefined || !renewable) {
      if (stored.tokens.expiresAt !== undefined && stored.tokens.expiresAt <= this.#clock.now()) {
        await this.#tokens.delete(key, stored.providerId);
        throw new LoginError(ErrorCode.NotLoggedIn, 'The login has expired; use /login again.');
      }
      return stored;
    }
    try {
      const tokens = await provider.refresh(stored.tokens);
      const refreshed: StoredLogin = { ...stored, tokens };
      await this.#tokens.put(key, refreshed);
      return (await this.#tokens.get(key, stored.providerId)) ?? refreshed;
    } catch (error) {
      if (BotloginError.is(error) && error.code === ErrorCode.RefreshRejected) {
        await this.#tokens.delete(key, stored.providerId);
      }
      throw error;
    }
  }

  async #require(loginId: string): Promise<LoginSession> {
    const session = await this.#sessions.get(loginId);
    if (session === undefined) {
      throw new LoginError(
        ErrorCode.LoginNotFound,
        'That login no longer exists; start a new one.',
      );
    }
    return session;
  }

  #serialised<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#startQueues.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#startQueues.set(key, settled);
    void settled.then(() => {
      if (this.#startQueues.get(key) === settled) this.#startQueues.delete(key);
    });
    return run;
  }
}

/** The start rate limit with every field checked. */
function readRateLimit(limit: StartRateLimit | undefined): StartRateLimit {
  if (limit === undefined) return defaultStartRateLimit;
  return {
    maxStarts: requireNumber(limit.maxStarts, 'startRateLimit.maxStarts', 5, {
      min: 1,
      integer: true,
    }),
    windowMs: requireNumber(limit.windowMs, 'startRateLimit.windowMs', 600_000, { min: 1 }),
  };
}

/** Presenter calls per outcome before giving up: the first and three retries. */
const presenterAttempts = 4;
/** Wait before the first presenter retry; each next wait is three times longer. */
const presenterRetryBaseMs = 2_000;

/** A short random id: fits Telegram's 64-byte callback data and Discord's custom ids. */
function newLoginId(): string {
  return randomBytes(9).toString('base64url');
}

/** An error's code or name, never its message: messages of foreign errors may carry secrets. */
function describe(error: unknown): string {
  if (BotloginError.is(error)) return error.code;
  if (error instanceof Error) return error.name;
  return typeof error;
}
