import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  acceleratedClock,
  type Botlogin,
  type Clock,
  createBotlogin,
  createStreamLogger,
  type LoginView,
  type ProviderConfig,
} from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { Client, REST } from 'discord.js';
import {
  attachDiscordLogin,
  createInteractionsHandler,
  type DiscordGatewayLogin,
  type DiscordHttpLogin,
} from '../../src/index.js';
import { FakeDiscordApi } from './fake-discord-api.js';

export const applicationId = '1100000000000000001';

export interface HarnessOptions {
  /** How much faster than the wall clock the engine's time runs. @defaultValue 50 */
  readonly speed?: number;
  /** Lifetime of Facebook codes in seconds. @defaultValue 420 */
  readonly expiresIn?: number;
  /** Configure a second provider (the emulator's RFC 8628 side). @defaultValue false */
  readonly twoProviders?: boolean;
  readonly qrCode?: boolean;
}

/** The real engine, emulator, discord.js client and a fake Discord API, wired together. */
export class Harness {
  readonly clock: Clock;
  readonly emulator: Emulator;
  readonly api: FakeDiscordApi;
  readonly botlogin: Botlogin;
  readonly client: Client;
  readonly gateway: DiscordGatewayLogin;
  /** Warnings and errors the adapter logged. */
  readonly logs: string[];

  private constructor(parts: {
    clock: Clock;
    emulator: Emulator;
    api: FakeDiscordApi;
    botlogin: Botlogin;
    client: Client;
    gateway: DiscordGatewayLogin;
    logs: string[];
  }) {
    this.logs = parts.logs;
    this.clock = parts.clock;
    this.emulator = parts.emulator;
    this.api = parts.api;
    this.botlogin = parts.botlogin;
    this.client = parts.client;
    this.gateway = parts.gateway;
  }

  static async start(options: HarnessOptions = {}): Promise<Harness> {
    const clock = acceleratedClock(options.speed ?? 50);
    const emulator = await startEmulator({
      port: 0,
      now: () => clock.now(),
      facebook: { expiresIn: options.expiresIn ?? 420, interval: 5 },
    });
    const api = await FakeDiscordApi.start(() => clock.now());
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
        id: 'playground',
        displayName: 'Playground',
        deviceAuthorizationEndpoint: emulator.endpoints.deviceAuthorization,
        tokenEndpoint: emulator.endpoints.token,
        userinfoEndpoint: emulator.endpoints.userinfo,
        clientId: emulator.rfc8628.clientId,
      });
    }
    const botlogin = createBotlogin({ providers, clock });
    const logs: string[] = [];
    const client = new Client({ intents: [], rest: { api: api.api } });
    client.rest.setToken('fake-bot-token');
    const gateway = attachDiscordLogin(client, {
      login: botlogin.login,
      clock,
      qrCode: options.qrCode ?? false,
      logger: createStreamLogger((line) => logs.push(line), 'warn'),
    });
    return new Harness({ clock, emulator, api, botlogin, client, gateway, logs });
  }

  /** Feeds a raw interaction as the gateway delivers it (INTERACTION_CREATE). */
  dispatch(raw: object): void {
    (
      this.client as unknown as { actions: { InteractionCreate: { handle(d: object): void } } }
    ).actions.InteractionCreate.handle(raw);
  }

  /** Runs `/login` (or another command) as `userId`; returns the interaction's token. */
  command(
    userId: string,
    name: string,
    options: Record<string, string> = {},
    locale = 'en-US',
  ): { id: string; token: string } {
    const issued = this.api.issueInteraction();
    this.dispatch(rawCommand({ ...issued, userId, name, options, locale }));
    return issued;
  }

  /** Clicks a button with `customId` as `userId`. */
  click(userId: string, customId: string, locale = 'en-US'): { id: string; token: string } {
    const issued = this.api.issueInteraction();
    this.dispatch(rawButton({ ...issued, userId, customId, locale }));
    return issued;
  }

  /** The user's pending login once it is shown, and its code at the emulator. */
  async pendingLogin(userId: string, providerId = 'facebook'): Promise<LoginView> {
    return waitFor(async () => {
      const view = await this.botlogin.login.findPending(
        { platform: 'discord', userId },
        providerId,
      );
      return view?.delivery === undefined ? undefined : view;
    });
  }

  async close(): Promise<void> {
    await this.gateway.idle();
    await this.botlogin.close();
    await this.client.destroy();
    await this.api.close();
    await this.emulator.close();
  }
}

/** An HTTP interactions endpoint around the same engine, with a key pair to sign requests. */
export class HttpEndpoint {
  readonly #server: Server;
  readonly #privateKey: KeyObject;
  readonly login: DiscordHttpLogin;

  private constructor(server: Server, privateKey: KeyObject, login: DiscordHttpLogin) {
    this.#server = server;
    this.#privateKey = privateKey;
    this.login = login;
  }

  static async start(harness: Harness): Promise<HttpEndpoint> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const rest = new REST({ api: harness.api.api }).setToken('fake-bot-token');
    const login = createInteractionsHandler({
      login: harness.botlogin.login,
      rest,
      publicKey: raw.toString('hex'),
      clock: harness.clock,
      qrCode: false,
    });
    const server = createServer((req, res) => void login.listener(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new HttpEndpoint(server, privateKey, login);
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/interactions`;
  }

  /** Posts an interaction signed with the endpoint's key (or a forged signature). */
  post(body: object, signing: 'valid' | 'forged' | 'none' = 'valid'): Promise<Response> {
    return this.postRaw(JSON.stringify(body), signing);
  }

  /** Posts a body as is, signed with the endpoint's key (or a forged signature). */
  async postRaw(
    text: string,
    signing: 'valid' | 'forged' | 'none' = 'valid',
    signedAt: number = Date.now(),
  ): Promise<Response> {
    const timestamp = String(Math.floor(signedAt / 1000));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signing !== 'none') {
      const signed = signing === 'valid' ? text : `${text} `;
      headers['x-signature-timestamp'] = timestamp;
      headers['x-signature-ed25519'] = sign(
        null,
        Buffer.from(timestamp + signed),
        this.#privateKey,
      ).toString('hex');
    }
    return fetch(this.url, { method: 'POST', headers, body: text });
  }

  async close(): Promise<void> {
    await this.login.idle();
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}

/** Polls until `probe` returns a value, for up to 15 s. */
export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what = 'the expected state',
): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function user(userId: string): object {
  return {
    id: userId,
    username: `user${userId.slice(-4)}`,
    discriminator: '0',
    avatar: null,
    global_name: `User ${userId.slice(-4)}`,
  };
}

const guildId = '2200000000000000002';
const channelId = '3300000000000000003';

function base(id: string, token: string, userId: string, locale: string): object {
  return {
    id,
    token,
    application_id: applicationId,
    version: 1,
    locale,
    guild_locale: 'en-US',
    guild_id: guildId,
    channel_id: channelId,
    channel: { id: channelId, type: 0 },
    member: {
      user: user(userId),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      permissions: '0',
      flags: 0,
    },
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
  };
}

/** A raw APPLICATION_COMMAND interaction. */
export function rawCommand(input: {
  id: string;
  token: string;
  userId: string;
  name: string;
  options?: Record<string, string>;
  locale?: string;
}): object {
  return {
    ...base(input.id, input.token, input.userId, input.locale ?? 'en-US'),
    type: 2,
    data: {
      id: '4400000000000000004',
      name: input.name,
      type: 1,
      options: Object.entries(input.options ?? {}).map(([name, value]) => ({
        name,
        type: 3,
        value,
      })),
    },
  };
}

/** A raw MESSAGE_COMPONENT interaction for a button on an ephemeral message. */
export function rawButton(input: {
  id: string;
  token: string;
  userId: string;
  customId: string;
  locale?: string;
}): object {
  return {
    ...base(input.id, input.token, input.userId, input.locale ?? 'en-US'),
    type: 3,
    data: { custom_id: input.customId, component_type: 2 },
    message: {
      id: '5500000000000000005',
      channel_id: channelId,
      type: 20,
      flags: 64,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      author: user(applicationId),
      timestamp: '2024-01-01T00:00:00.000Z',
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
    },
  };
}
