import type { IncomingMessage, ServerResponse } from 'node:http';
import { type APIInteraction, InteractionResponseType, InteractionType } from 'discord.js';
import { toMessageBody } from '../actions/message-body.js';
import { renderNotice } from '../calculations/render-notice.js';
import { localize } from '../i18n/localize.js';
import type { DiscordAdapterOptions } from '../models/discord-adapter-options.js';
import { discordPlatform } from '../models/discord-delivery.js';
import { DiscordLoginFlow } from '../services/discord-login-flow.js';
import { DiscordPresenter } from '../services/discord-presenter.js';
import { fromRawInteraction } from './from-raw-interaction.js';
import { HttpResponder } from './http-responder.js';
import { readRawBody } from './read-raw-body.js';
import { readPublicKey, verifySignature } from './verify-signature.js';

export interface InteractionsHandlerOptions extends DiscordAdapterOptions {
  /** The application's public key (General Information › Public Key), 64 hex characters. */
  readonly publicKey: string;
  /** Larger bodies are refused with 413. @defaultValue 1 MiB */
  readonly maxBodyBytes?: number;
}

/** The adapter as an HTTP endpoint. */
export interface DiscordHttpLogin {
  /** A `node:http` request listener for the Interactions Endpoint URL. */
  readonly listener: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  readonly flow: DiscordLoginFlow;
  readonly presenter: DiscordPresenter;
  /** Resolves when every interaction received so far has been fully answered. */
  idle(): Promise<void>;
}

/**
 * Receives interactions as HTTP requests (the application's Interactions Endpoint URL) instead
 * of over the gateway: checks Discord's Ed25519 signature (401 and nothing else when it is
 * wrong), answers PING with PONG, and runs the same flow and rendering as the gateway mode.
 *
 * @throws DiscordError `BOTLOGIN_DISCORD_CONFIGURATION` for a malformed public key.
 * @see https://discord.com/developers/docs/interactions/overview#preparing-for-interactions
 */
export function createInteractionsHandler(options: InteractionsHandlerOptions): DiscordHttpLogin {
  const key = readPublicKey(options.publicKey);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const flow = new DiscordLoginFlow(options);
  const presenter = new DiscordPresenter({
    rest: options.rest,
    providerName: (id) => flow.providerName(id),
    directMessageFallback: options.directMessageFallback ?? true,
    clock: { now: () => flow.now() },
    ...(options.locales === undefined ? {} : { locales: options.locales }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  options.login.registerPresenter(discordPlatform, presenter);
  const inFlight = new Set<Promise<void>>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') {
      reply(response, 405, { message: 'Use POST.' });
      return;
    }
    const raw = await readRawBody(request, maxBodyBytes);
    if (raw === undefined) {
      reply(response, 413, { message: 'Body too large.' });
      return;
    }
    const signature = header(request, 'x-signature-ed25519');
    const timestamp = header(request, 'x-signature-timestamp');
    if (!verifySignature(key, raw, signature, timestamp)) {
      reply(response, 401, { message: 'Invalid request signature.' });
      return;
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(raw.toString('utf8')) as APIInteraction;
    } catch {
      reply(response, 400, { message: 'Body is not JSON.' });
      return;
    }
    if (typeof interaction !== 'object' || interaction === null || Array.isArray(interaction)) {
      reply(response, 400, { message: 'Body is not an interaction object.' });
      return;
    }
    if (interaction.type === InteractionType.Ping) {
      reply(response, 200, { type: InteractionResponseType.Pong });
      return;
    }

    const incoming = fromRawInteraction(interaction, flow.now());
    if (incoming === undefined || !flow.owns(incoming)) {
      const locale = incoming?.locale ?? 'en-US';
      reply(response, 200, await ephemeral(localize(locale, options.locales).somethingWentWrong()));
      return;
    }
    const responder = new HttpResponder(incoming, options.rest);
    const task = flow.handle(incoming, responder);
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    const initial = await Promise.race([responder.initial, task.then(() => undefined)]);
    reply(
      response,
      200,
      initial ?? (await ephemeral(localize(incoming.locale, options.locales).somethingWentWrong())),
    );
  };

  const listener = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      await handle(request, response);
    } catch {
      // The request broke off or could not be read; there is no interaction to answer.
      if (!response.headersSent) reply(response, 500, { message: 'Could not read the request.' });
      else response.destroy();
    }
  };

  return {
    listener,
    flow,
    presenter,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function ephemeral(text: string): Promise<object> {
  const { body } = await toMessageBody(renderNotice(text));
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { ...body, flags: 64 },
  };
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
