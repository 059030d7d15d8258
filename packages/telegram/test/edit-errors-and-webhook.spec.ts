import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { telegramWebhook } from '../src/services/telegram-webhook.js';
import { type Harness, sentId, startHarness } from './support/harness.js';
import { ada, buttonPress, textMessage } from './support/updates.js';
import { waitFor } from './support/wait-for.js';

let harness: Harness | undefined;
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) =>
    server === undefined ? resolve(undefined) : server.close(resolve),
  );
  server = undefined;
  await harness?.close();
  harness = undefined;
});

const adaUser = { platform: 'telegram', userId: String(ada.id) };

/** Starts a login for Ada and waits until its card is kept with the session. */
async function pendingLogin(h: Harness) {
  h.push(textMessage(ada, '/login'));
  const card = await h.call('sendMessage');
  const login = await waitFor(async () => {
    const view = await h.botlogin.login.findPending(adaUser, 'facebook');
    return view?.delivery === undefined ? undefined : view;
  }, 'the delivery handle');
  return { login, messageId: sentId(card) };
}

describe('TelegramPresenter', () => {
  describe("when Telegram answers the edit with 'message is not modified'", () => {
    it('should treat the card as shown and send nothing else', async () => {
      harness = await startHarness({ publicFront: true });
      const presenterErrors: unknown[] = [];
      harness.botlogin.login.events.on('presenterError', (e) => presenterErrors.push(e));
      const { login } = await pendingLogin(harness);
      harness.fake.failNext(
        'editMessageText',
        400,
        'Bad Request: message is not modified: specified new message content and reply markup ' +
          'are exactly the same as a current content and reply markup of the message',
      );
      harness.emulator.approve(login.userCode);
      await harness.call('editMessageText');
      await waitFor(
        async () => (await harness?.botlogin.login.get(login.id))?.delivered,
        'the outcome to be delivered',
      );

      expect(harness.fake.callsOf('sendMessage')).toHaveLength(1);
      expect(presenterErrors).toEqual([]);
      expect(harness.handlerErrors).toEqual([]);
    });
  });

  describe.each([
    ['message to edit not found', 'Bad Request: message to edit not found'],
    ["message can't be edited", "Bad Request: message can't be edited"],
    ['message is too old', 'Bad Request: message is too old'],
  ])("when Telegram answers the edit with '%s'", (_name, description) => {
    it('should send the outcome as a new message instead', async () => {
      harness = await startHarness({ publicFront: true });
      const { login } = await pendingLogin(harness);
      harness.fake.failNext('editMessageText', 400, description);
      harness.emulator.deny(login.userCode);
      const resent = await harness.call('sendMessage', 1);

      expect(harness.fake.callsOf('editMessageText')[0]?.response?.description).toBe(description);
      expect(resent.payload).toEqual({
        chat_id: ada.id,
        text: '<b>The login to Facebook was declined.</b>',
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [] },
        link_preview_options: { is_disabled: true },
      });
      expect(harness.handlerErrors).toEqual([]);
    });
  });

  describe('when the user deleted the card before the login ended', () => {
    it('should send the outcome as a new message', async () => {
      harness = await startHarness({ publicFront: true });
      const { login, messageId } = await pendingLogin(harness);
      harness.fake.deleteMessage(ada.id, messageId);
      harness.emulator.approve(login.userCode);
      const resent = await harness.call('sendMessage', 1);

      expect(harness.fake.callsOf('editMessageText')[0]?.response?.description).toBe(
        'Bad Request: message to edit not found',
      );
      expect(resent.payload['text']).toBe('<b>You are logged in to Facebook as Ada Lovelace.</b>');
    });
  });

  describe.each([
    [500, 'Internal Server Error', undefined],
    [502, 'Bad Gateway', undefined],
    [429, 'Too Many Requests: retry after 30', { retry_after: 30 }],
  ])('when Telegram answers the outcome edit with %i', (status, description, parameters) => {
    it('should throw a transient error, so the engine edits the card again', async () => {
      harness = await startHarness({ publicFront: true });
      const presenterErrors: { error: unknown }[] = [];
      harness.botlogin.login.events.on('presenterError', (e) => presenterErrors.push(e));
      const { login } = await pendingLogin(harness);
      harness.fake.failNext('editMessageText', status, description, parameters);
      harness.emulator.approve(login.userCode);
      const retried = await harness.call('editMessageText', 1);

      expect(harness.fake.callsOf('editMessageText')[0]?.response?.ok).toBe(false);
      expect(retried.response?.ok).toBe(true);
      expect(retried.payload['text']).toContain('You are logged in');
      expect(presenterErrors).toHaveLength(1);
      expect(presenterErrors[0]?.error).toMatchObject({
        name: 'TelegramTransientError',
        code: 'BOTLOGIN_TRANSPORT',
        status,
        ...(parameters === undefined ? {} : { retryAfterMs: 30_000 }),
      });
      expect(harness.fake.callsOf('sendMessage')).toHaveLength(1);
      expect(harness.handlerErrors).toEqual([]);
    });
  });

  describe('when Telegram asks to wait a second before the outcome edit', () => {
    it('should wait it out and edit the card, without troubling the engine', async () => {
      harness = await startHarness({ publicFront: true });
      const presenterErrors: unknown[] = [];
      harness.botlogin.login.events.on('presenterError', (e) => presenterErrors.push(e));
      const { login } = await pendingLogin(harness);
      harness.fake.failNext('editMessageText', 429, 'Too Many Requests: retry after 1', {
        retry_after: 1,
      });
      harness.emulator.approve(login.userCode);
      const retried = await harness.call('editMessageText', 1);

      expect(retried.response?.ok).toBe(true);
      expect(presenterErrors).toEqual([]);
    });
  });

  describe('when the user blocked the bot', () => {
    it('should log the failure and throw nothing', async () => {
      harness = await startHarness({ publicFront: true });
      const presenterErrors: unknown[] = [];
      harness.botlogin.login.events.on('presenterError', (e) => presenterErrors.push(e));
      const { login } = await pendingLogin(harness);
      harness.fake.failNext('editMessageText', 403, 'Forbidden: bot was blocked by the user');
      harness.emulator.approve(login.userCode);
      await harness.call('editMessageText');
      await waitFor(
        () =>
          harness?.logLines.find((line) => line.includes('Editing a Telegram login card failed')),
        'the warning',
      );

      expect(presenterErrors).toEqual([]);
      expect(harness.fake.callsOf('sendMessage')).toHaveLength(1);
    });
  });

  describe('when a Cancel press is answered too late', () => {
    it("should swallow 'query is too old' and still cancel", async () => {
      harness = await startHarness({ publicFront: true });
      const { login, messageId } = await pendingLogin(harness);
      harness.fake.failNext(
        'answerCallbackQuery',
        400,
        'Bad Request: query is too old and response timeout expired or query ID is invalid',
      );
      harness.push(buttonPress(ada, ada.id, messageId, `bl:c:${login.id}`));
      const edit = await harness.call('editMessageText');
      await harness.call('answerCallbackQuery');

      expect(edit.payload['text']).toBe('<b>The login to Facebook was cancelled.</b>');
      expect((await harness.botlogin.login.get(login.id))?.state).toBe('cancelled');
      expect(harness.handlerErrors).toEqual([]);
    });
  });
});

describe('telegramWebhook', () => {
  async function mount(h: Harness) {
    const callback = telegramWebhook(h.bot, { path: '/telegram', secretToken: 'right_Secret-1' });
    server = createServer((req, res) => void callback(req, res));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram`;
    return (update: Record<string, unknown>, secret?: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }),
        },
        body: JSON.stringify({ update_id: 1, ...update }),
      });
  }

  it('should handle an update that carries the right secret token', async () => {
    harness = await startHarness({ publicFront: true, polling: false });
    harness.fake.startChat(ada.id);
    const post = await mount(harness);
    const response = await post(textMessage(ada, '/login'), 'right_Secret-1');

    expect(response.status).toBe(200);
    expect(harness.fake.callsOf('sendMessage')[0]?.payload['text']).toContain('<code>');
  });

  it.each([
    ['a wrong', 'wrong_secret'],
    ['no', undefined],
  ])('should refuse an update with %s secret token with 403', async (_name, secret) => {
    harness = await startHarness({ publicFront: true, polling: false });
    harness.fake.startChat(ada.id);
    const post = await mount(harness);
    const response = await post(textMessage(ada, '/login'), secret);

    expect(response.status).toBe(403);
    expect(harness.fake.calls).toEqual([]);
    expect(harness.emulator.listPending()).toEqual([]);
  });

  it.each(['null', '5', '"text"', '[]'])(
    'should answer a JSON %s body with the right secret 400, and start nothing',
    async (body) => {
      harness = await startHarness({ publicFront: true, polling: false });
      const callback = telegramWebhook(harness.bot, {
        path: '/telegram',
        secretToken: 'right_Secret-1',
      });
      server = createServer((req, res) => void callback(req, res));
      await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram`;
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-telegram-bot-api-secret-token': 'right_Secret-1',
        },
        body,
        signal: AbortSignal.timeout(5_000),
      });

      expect(response.status).toBe(400);
      expect(harness.fake.calls).toEqual([]);
      expect(harness.handlerErrors).toEqual([]);
    },
  );

  it('should refuse to be built without a valid secret token', async () => {
    harness = await startHarness({ polling: false });
    expect(() => telegramWebhook(harness!.bot, { path: '/telegram', secretToken: '' })).toThrow(
      expect.objectContaining({ code: 'BOTLOGIN_CONFIGURATION' }),
    );
    expect(() =>
      telegramWebhook(harness!.bot, { path: '/telegram', secretToken: 'has space' }),
    ).toThrow(expect.objectContaining({ code: 'BOTLOGIN_CONFIGURATION' }));
  });
});
