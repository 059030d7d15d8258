import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { botloginPlugin } from '@botlogin/botkit';
import {
  type Clock,
  createBotlogin,
  type Logger,
  type ProviderConfig,
  type SessionStore,
  systemClock,
  type TokenStore,
} from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { WebAdapter } from 'botbuilder-adapter-web';
import { Botkit } from 'botkit';
import { chatPage } from './chat-page.js';
import type { BotConfig } from './read-config.js';

/** A running bot. */
export interface RunningBot {
  /** The chat page, e.g. `http://127.0.0.1:3978/`. */
  readonly url: string;
  /** The emulator the bot started, when no Facebook credentials were given. */
  readonly emulator?: Emulator;
  close(): Promise<void>;
}

export interface StartOptions extends BotConfig {
  /** Engine time; tests pass an accelerated clock. @defaultValue the system clock */
  readonly clock?: Clock;
  readonly logger: Logger;
  /** Where logins and tokens live; `close()` closes them. @defaultValue in memory */
  readonly sessionStore?: SessionStore;
  readonly tokenStore?: TokenStore;
}

/** The part of ws's server the adapter creates that the upgrade handler needs. */
interface SocketServer {
  handleUpgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    done: (client: unknown) => void,
  ): void;
  emit(event: 'connection', client: unknown, request: IncomingMessage): boolean;
  close(): void;
}

/**
 * Starts the web chat bot: the chat page and botbuilder-adapter-web's websocket on 127.0.0.1,
 * the botlogin engine, and, without Facebook credentials, the emulator as the provider.
 *
 * Botkit's own web server listens on every interface, so it is disabled; this server serves
 * the page and hands websocket upgrades to the adapter's socket server instead.
 */
export async function startBotkitBot(options: StartOptions): Promise<RunningBot> {
  const clock = options.clock ?? systemClock;
  const emulator =
    options.facebook === undefined ? await startEmulator({ port: 0, now: clock.now }) : undefined;
  const provider: ProviderConfig =
    emulator === undefined
      ? { type: 'facebook', ...options.facebook! }
      : {
          type: 'facebook',
          appId: emulator.facebook.appId,
          clientToken: emulator.facebook.clientToken,
          graphBaseUrl: emulator.graphUrl,
        };
  const botlogin = createBotlogin({
    providers: [provider],
    clock,
    logger: options.logger,
    ...(options.sessionStore === undefined ? {} : { sessionStore: options.sessionStore }),
    ...(options.tokenStore === undefined ? {} : { tokenStore: options.tokenStore }),
  });

  const adapter = new WebAdapter({ noServer: true });
  const controller = new Botkit({
    adapter,
    disable_webserver: true,
    disable_console: true,
  });
  controller.usePlugin(
    botloginPlugin({ login: botlogin.login, logger: options.logger, now: clock.now }),
  );
  controller.on('hello', async (bot, message) => {
    await bot.reply(message, 'Hello! Say "login" to log in, "whoami" to see who you are.');
  });
  await new Promise<void>((resolve) => controller.ready(resolve));
  await botlogin.login.resume();

  const server = createServer((request, response) => {
    if (request.method === 'GET' && (request.url === '/' || request.url === '/index.html')) {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(chatPage);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  const sockets = (adapter as unknown as { wss: SocketServer }).wss;
  server.on('upgrade', (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (client) =>
      sockets.emit('connection', client, request),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    ...(emulator === undefined ? {} : { emulator }),
    async close() {
      await botlogin.close();
      await controller.shutdown();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator?.close();
    },
  };
}
