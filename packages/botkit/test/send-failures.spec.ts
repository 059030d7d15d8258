import { BotloginError, type LogContext, type Logger, type LoginView } from '@botlogin/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotkitPresenter } from '../src/services/botkit-presenter.js';
import { BotkitHarness } from './support/botkit-harness.js';

/** A logger that keeps what it was told, to check failures are reported without secrets. */
function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const at = (message: string, context?: LogContext) => {
    lines.push(`${message} ${JSON.stringify(context ?? {})}`);
  };
  return { lines, debug: at, info: at, warn: at, error: at };
}

describe('botloginPlugin when the platform refuses a send', () => {
  let harness: BotkitHarness;

  beforeEach(async () => {
    harness = await BotkitHarness.start();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('should finish the turn and log the failed reply, then keep answering', async () => {
    const logger = recordingLogger();
    await harness.startProcess({ logger });
    harness.failNextSends(1);

    // Botkit's own bot.reply never settles here and rejects a promise nobody awaits.
    await harness.say('login');

    expect(logger.lines.some((line) => line.startsWith('Sending a reply failed'))).toBe(true);
    const userCode = harness.latestUserCode();
    expect(logger.lines.join('\n')).not.toContain(userCode);
    await harness.say('login');
    expect((await harness.nextReply()).text).toContain(userCode);
  });

  it('should make the presenter throw a typed error the engine can retry', async () => {
    const logger = recordingLogger();
    const { controller } = await harness.startProcess();
    await harness.say('login');
    const card = await harness.nextReply();
    const presenter = new BotkitPresenter(controller, () => ({ text: 'done' }), logger);
    const view = {
      id: 'AAAAAAAAAAAA',
      delivery: {
        platform: 'botkit',
        data: {
          reference: {
            channelId: card.channelId ?? 'test',
            serviceUrl: card.serviceUrl ?? '',
            conversation: { id: card.conversation?.id ?? '', isGroup: false, name: 'user1' },
            user: { id: 'user1', name: 'user1' },
            bot: { id: 'bot', name: 'bot' },
          },
        },
      },
    } as unknown as LoginView;

    harness.failNextSends(1);
    const failure = await presenter.present(view).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(BotloginError.is(failure) && failure.code).toBe('BOTLOGIN_TRANSPORT');
    expect(logger.lines.some((line) => line.startsWith('Sending a login outcome failed'))).toBe(
      true,
    );

    // The engine presents the same view again: this time it is said.
    await presenter.present(view);
    expect((await harness.nextReply()).text).toBe('done');
  });

  it('should treat Teams-style group chats and channels as groups', async () => {
    await harness.startProcess();
    for (const conversationType of ['groupChat', 'channel', 'group']) {
      await harness.say('login', { user: conversationType, conversationType });
      expect((await harness.nextReply()).text).toContain('only shown in a direct conversation');
    }
    expect(harness.emulator.listPending()).toHaveLength(0);
  });
});
