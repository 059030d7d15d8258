import type { AddressInfo } from 'node:net';
import {
  acceleratedClock,
  type Botlogin,
  type ChatUser,
  createBotlogin,
  type LoginView,
  type ProviderConfig,
} from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel } from '@slack/bolt';
import { registerSlackLogin, type SlackCommandNames, slackChatUser } from '../../src/index.js';
import { type FakeSlack, startFakeSlack } from './fake-slack-api.js';
import {
  type ClickFields,
  type CommandFields,
  sendAppHomeOpened,
  sendClick,
  sendCommand,
} from './signed-requests.js';

export const signingSecret = 'test-signing-secret-8f1d2c';

export interface HarnessOptions {
  /** Also configure the emulator's RFC 8628 side, for the provider choice. */
  readonly twoProviders?: boolean;
  readonly commands?: SlackCommandNames;
  /** Extra milliseconds added to the adapter's clock, to age response_urls. */
  readonly adapterSkew?: { ms: number };
}

/**
 * A real Bolt app with its HTTP receiver on 127.0.0.1, its Web API client and response_urls
 * aimed at a fake Slack, the real core on an accelerated clock, and the real emulator.
 */
export interface Harness {
  readonly emulator: Emulator;
  readonly slack: FakeSlack;
  readonly botlogin: Botlogin;
  /** The Bolt endpoint, e.g. `http://127.0.0.1:1234/slack/events`. */
  readonly endpoint: string;
  /** Errors Bolt logged; tests expect none. */
  readonly boltErrors: unknown[];
  command(fields: Omit<CommandFields, 'responseUrl'> & { responseUrl?: string }): Promise<{
    status: number;
    body: string;
    responseUrl: string;
  }>;
  click(fields: Omit<ClickFields, 'responseUrl'> & { responseUrl?: string }): Promise<{
    status: number;
    responseUrl: string | undefined;
  }>;
  openHome(fields: { userId: string; teamId: string }): Promise<{ status: number }>;
  pending(user: { userId: string; teamId: string; enterpriseId?: string }): Promise<LoginView>;
  chatUser(user: { userId: string; teamId: string; enterpriseId?: string }): ChatUser;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = acceleratedClock(50);
  const emulator = await startEmulator({ port: 0, now: clock.now });
  const slack = await startFakeSlack();
  const providers: ProviderConfig[] = [
    {
      type: 'facebook',
      appId: emulator.facebook.appId,
      clientToken: emulator.facebook.clientToken,
      graphBaseUrl: emulator.graphUrl,
    },
  ];
  if (options.twoProviders) {
    providers.push({
      type: 'rfc8628',
      id: 'emulator',
      displayName: 'Emulator ID',
      deviceAuthorizationEndpoint: emulator.endpoints.deviceAuthorization,
      tokenEndpoint: emulator.endpoints.token,
      userinfoEndpoint: emulator.endpoints.userinfo,
      clientId: emulator.rfc8628.clientId,
    });
  }
  const botlogin = createBotlogin({ providers, clock });

  const boltErrors: unknown[] = [];
  const logger = quietBoltLogger(boltErrors);
  const receiver = new HTTPReceiver({ signingSecret, logger });
  const app = new App({
    token: 'xoxb-test-token',
    receiver,
    logger,
    botId: 'BBOT',
    botUserId: 'UBOT',
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
  });
  const skew = options.adapterSkew;
  registerSlackLogin(app, {
    login: botlogin.login,
    ...(options.commands === undefined ? {} : { commands: options.commands }),
    responseUrl: { isTrusted: (url) => url.startsWith(`${slack.url}/hooks/`) },
    now: () => clock.now() + (skew?.ms ?? 0),
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as {
    address(): AddressInfo;
  };
  const endpoint = `http://127.0.0.1:${server.address().port}/slack/events`;
  const send = { secret: signingSecret };

  return {
    emulator,
    slack,
    botlogin,
    endpoint,
    boltErrors,
    async command(fields) {
      const responseUrl = fields.responseUrl ?? slack.responseUrl();
      const answer = await sendCommand(endpoint, { ...fields, responseUrl }, send);
      return { ...answer, responseUrl };
    },
    async click(fields) {
      const responseUrl = fields.home ? undefined : (fields.responseUrl ?? slack.responseUrl());
      const answer = await sendClick(
        endpoint,
        { ...fields, ...(responseUrl === undefined ? {} : { responseUrl }) },
        send,
      );
      return { status: answer.status, responseUrl };
    },
    openHome: (fields) => sendAppHomeOpened(endpoint, fields, send),
    chatUser: (user) => slackChatUser(user),
    async pending(user) {
      const login = await waitFor(() =>
        botlogin.login.findPending(slackChatUser(user), 'facebook'),
      );
      // The delivery handle is attached right after the card went out.
      return waitFor(async () => {
        const current = await botlogin.login.get(login.id);
        return current?.delivery === undefined ? undefined : current;
      });
    },
    async close() {
      await app.stop();
      await botlogin.close();
      await emulator.close();
      await slack.close();
    },
  };
}

/**
 * Polls until `probe` returns something other than undefined or false; generous, since a
 * 2-core CI machine may be slow, but it returns as soon as the condition holds.
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`waitFor: condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function quietBoltLogger(errors: unknown[]): BoltLogger {
  let level = LogLevel.ERROR;
  return {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (...messages: unknown[]) => errors.push(messages),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
