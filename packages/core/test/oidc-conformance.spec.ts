import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  acceleratedClock,
  type Botlogin,
  clearDiscoveryCache,
  createBotlogin,
  ErrorCode,
  type LoginView,
  type ProviderSpec,
  UndiciHttpClient,
} from '../src/index.js';
import { FormBrowser } from './support/form-browser.js';
import { alice, capturingLogger } from './support/harness.js';
import { type OidcServer, oidcClients, startOidcServer } from './support/oidc-server.js';

/**
 * The generic provider, configured by discovery, against panva's oidc-provider: an
 * independently written authorization server. The user's side goes through its own HTML pages.
 */
describe('the discovery provider against oidc-provider (conformance)', () => {
  let server: OidcServer;
  let bot: Botlogin | undefined;
  let http: UndiciHttpClient | undefined;
  let outcomes: LoginView[];
  let polls: string[];
  let logs: string[];

  beforeAll(async () => {
    server = await startOidcServer();
  });
  afterAll(async () => server.close());
  afterEach(async () => {
    vi.useRealTimers();
    await bot?.close();
    await http?.close();
    bot = undefined;
    clearDiscoveryCache();
  });

  function engine(client: Record<string, unknown>, login: object = {}) {
    const clock = acceleratedClock(50);
    outcomes = [];
    polls = [];
    logs = [];
    http = new UndiciHttpClient({ timeoutMs: 5_000 });
    bot = createBotlogin({
      providers: [
        {
          type: 'discovery',
          id: 'oidc',
          issuer: server.issuer,
          clientId: oidcClients.confidential.clientId,
          clientSecret: oidcClients.confidential.clientSecret,
          scopes: ['openid', 'profile', 'email', 'offline_access'],
          clock: clock.now,
          ...client,
        } as unknown as ProviderSpec,
      ],
      clock,
      logger: capturingLogger(logs),
      httpClient: http,
      login,
    });
    bot.login.events.on('outcome', (view) => outcomes.push(view));
    bot.login.events.on('polled', (event) => polls.push(event.result));
    return bot;
  }

  async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async function outcomeOf(id: string): Promise<LoginView> {
    await until(() => outcomes.some((view) => view.id === id));
    return outcomes.find((view) => view.id === id) as LoginView;
  }

  /** Plays the user: the code entry page, the confirmation, the login and consent prompts. */
  async function approveInBrowser(login: LoginView, account: string): Promise<FormBrowser> {
    const browser = await new FormBrowser().open(login.verificationUri);
    await browser.submit({ user_code: login.userCode });
    expect(browser.html).toContain(login.userCode);
    await browser.submit({});
    await browser.submit({ login: account, password: 'any' });
    await browser.submit({});
    return browser;
  }

  async function approvedLogin(client = {}, loginOptions = {}) {
    const engineBot = engine(client, loginOptions);
    const { login } = await engineBot.login.start({ chatUser: alice, providerId: 'oidc' });
    const browser = await approveInBrowser(login, 'ada');
    expect(browser.html).toContain('Sign-in Success');
    const outcome = await outcomeOf(login.id);
    return { engineBot, outcome };
  }

  async function refreshDirectly(refreshToken: string): Promise<Response> {
    const basic = Buffer.from(
      `${oidcClients.confidential.clientId}:${oidcClients.confidential.clientSecret}`,
    ).toString('base64');
    return fetch(`${server.issuer}/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    });
  }

  it('should log in through the verification pages (client_secret_basic)', async () => {
    const { engineBot, outcome } = await approvedLogin();
    expect(outcome.state).toBe('approved');
    expect(outcome.outcome?.profile).toEqual({
      id: 'ada',
      name: 'User ada',
      email: 'ada@example.test',
    });
    expect(outcome.verificationUri).toBe(`${server.issuer}/device`);
    const stored = await engineBot.login.getLogin(alice, 'oidc');
    expect(stored.tokens.refreshToken).toBeDefined();
    expect(stored.tokens.scopes).toEqual(expect.arrayContaining(['openid', 'offline_access']));
    expect(polls.filter((kind) => kind === 'slow_down')).toEqual([]);
    expect(logs.join('\n')).not.toContain(stored.tokens.accessToken);
  });

  it('should end denied when the user aborts on the confirmation page (public client)', async () => {
    const engineBot = engine({ clientId: oidcClients.public.clientId, clientSecret: '' });
    const { login } = await engineBot.login.start({ chatUser: alice, providerId: 'oidc' });
    const browser = await new FormBrowser().open(login.verificationUri);
    await browser.submit({ user_code: login.userCode });
    await browser.submit({ confirm: undefined, abort: 'yes' });
    expect(browser.html).toContain('interrupted');
    expect((await outcomeOf(login.id)).state).toBe('denied');
  });

  it('should end expired when the server says expired_token (client_secret_post)', async () => {
    const engineBot = engine({ clientAuthentication: 'client_secret_post' });
    const { login } = await engineBot.login.start({ chatUser: alice, providerId: 'oidc' });
    await until(() => polls.includes('pending'));
    // oidc-provider reads the wall clock; move it past the device code's 600 s lifetime.
    vi.setSystemTime(Date.now() + 601_000);
    const outcome = await outcomeOf(login.id);
    expect(outcome.state).toBe('expired');
    expect(polls.at(-1)).toBe('expired');
  });

  it('should refresh once for many callers and store each rotated refresh token', async () => {
    // A leeway beyond the token's lifetime makes every getLogin refresh.
    const { engineBot } = await approvedLogin({}, { refreshLeewaySeconds: 100_000 });
    const first = await engineBot.login.listLogins(alice);
    const original = first[0]?.tokens.refreshToken as string;
    const many = await Promise.all(
      Array.from({ length: 5 }, () => engineBot.login.getLogin(alice, 'oidc')),
    );
    const tokens = new Set(many.map((stored) => stored.tokens.accessToken));
    expect(tokens.size).toBe(1);
    const rotated = many[0]?.tokens.refreshToken as string;
    expect(rotated).not.toBe(original);
    // The rotated token is the one stored: the next refresh with it succeeds.
    const again = await engineBot.login.getLogin(alice, 'oidc');
    expect(again.tokens.refreshToken).not.toBe(rotated);
    // The replaced one is dead at the server.
    expect((await refreshDirectly(original)).status).toBe(400);
  });

  it('should forget the login with a typed error when the server refuses the refresh', async () => {
    const { engineBot } = await approvedLogin({}, { refreshLeewaySeconds: 100_000 });
    const [stored] = await engineBot.login.listLogins(alice);
    // Someone else spends the refresh token; with rotation the stored one is now refused.
    expect((await refreshDirectly(stored?.tokens.refreshToken as string)).status).toBe(200);
    await expect(engineBot.login.getLogin(alice, 'oidc')).rejects.toMatchObject({
      code: ErrorCode.RefreshRejected,
    });
    expect(await engineBot.login.listLogins(alice)).toEqual([]);
  });

  it('should revoke at the revocation endpoint on logout', async () => {
    const { engineBot } = await approvedLogin();
    const [stored] = await engineBot.login.listLogins(alice);
    expect(await engineBot.login.logout(alice, 'oidc')).toBe(true);
    expect(await engineBot.login.listLogins(alice)).toEqual([]);
    const refused = await refreshDirectly(stored?.tokens.refreshToken as string);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid_grant' });
  });
});
