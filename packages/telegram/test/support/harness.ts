import {
  acceleratedClock,
  type Botlogin,
  createBotlogin,
  createStreamLogger,
  type ProviderConfig,
} from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { Telegraf } from 'telegraf';
import { createTelegramLogin } from '../../src/create-telegram-login.js';
import type { TelegramLogin } from '../../src/services/telegram-login.js';
import { type FakeTelegram, type RecordedCall, startFakeTelegram } from './fake-telegram.js';
import { startPublicFront } from './public-front.js';
import { waitFor } from './wait-for.js';

export const token = '123456:TEST-token_for-the-fake';

export interface HarnessOptions {
  /** Which providers to configure. @defaultValue ['facebook'] */
  readonly providers?: readonly ('facebook' | 'rfc8628')[];
  /** Put the emulator behind `https://login.example.test` so links can be URL buttons. */
  readonly publicFront?: boolean;
  readonly qrCode?: boolean;
  /** Start long polling. @defaultValue true */
  readonly polling?: boolean;
}

/**
 * The whole stack on loopback: the emulator (with an accelerated clock), the real core, a real
 * telegraf bot talking to the fake Bot API, and the adapter under test.
 */
export async function startHarness(options: HarnessOptions = {}) {
  const clock = acceleratedClock(50);
  const emulator: Emulator = await startEmulator({ port: 0, now: clock.now });
  const front = options.publicFront ? await startPublicFront(emulator.url) : undefined;
  const base = front?.url ?? emulator.url;
  const providers: ProviderConfig[] = (options.providers ?? ['facebook']).map((type) =>
    type === 'facebook'
      ? {
          type: 'facebook',
          appId: emulator.facebook.appId,
          clientToken: emulator.facebook.clientToken,
          graphBaseUrl: emulator.graphUrl.replace(emulator.url, base),
        }
      : {
          type: 'rfc8628',
          deviceAuthorizationEndpoint: emulator.endpoints.deviceAuthorization.replace(
            emulator.url,
            base,
          ),
          tokenEndpoint: emulator.endpoints.token.replace(emulator.url, base),
          userinfoEndpoint: emulator.endpoints.userinfo.replace(emulator.url, base),
          clientId: emulator.rfc8628.clientId,
          displayName: 'Emulator ID',
        },
  );
  const logLines: string[] = [];
  const logger = createStreamLogger((line) => logLines.push(line), 'debug');
  const botlogin: Botlogin = createBotlogin({ providers, clock, logger });
  const fake: FakeTelegram = await startFakeTelegram({ token });
  const bot = new Telegraf(token, { telegram: { apiRoot: fake.apiRoot, webhookReply: false } });
  const handlerErrors: unknown[] = [];
  bot.catch((error) => {
    handlerErrors.push(error);
  });
  const adapter: TelegramLogin = createTelegramLogin(bot, {
    login: botlogin.login,
    logger,
    ...(options.qrCode === undefined ? {} : { qrCode: options.qrCode }),
  });
  let launched: Promise<void> | undefined;
  if (options.polling !== false) {
    launched = bot.launch();
    launched.catch((error: unknown) => handlerErrors.push(error));
    await waitFor(() => fake.methods().includes('deleteWebhook'), 'long polling to start');
  }

  return {
    clock,
    emulator,
    botlogin,
    fake,
    bot,
    adapter,
    logLines,
    handlerErrors,
    /** Delivers an update through long polling (marking private chats as started). */
    push(update: Record<string, unknown>): void {
      const message = update['message'] as { chat?: { id: number; type: string } } | undefined;
      if (message?.chat?.type === 'private') fake.startChat(message.chat.id);
      fake.pushUpdate(update);
    },
    /** The nth call of a method, waiting until it has been made. */
    async call(method: string, index = 0) {
      return waitFor(() => fake.callsOf(method)[index], `call ${index + 1} of ${method}`);
    },
    async close(): Promise<void> {
      if (launched !== undefined) {
        bot.stop('test over');
        await launched.catch(() => undefined);
      }
      await botlogin.close();
      await fake.close();
      await front?.close();
      await emulator.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** The message id Telegram gave the message a recorded `send*` call created. */
export function sentId(call: RecordedCall): number {
  const result = call.response?.result as { message_id?: number } | undefined;
  if (result?.message_id === undefined) throw new Error(`${call.method} created no message`);
  return result.message_id;
}
