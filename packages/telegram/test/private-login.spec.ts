import { afterEach, describe, expect, it } from 'vitest';
import { maxCallbackDataBytes } from '../src/calculations/callback-data.js';
import { type Harness, sentId, startHarness } from './support/harness.js';
import { ada, bob, buttonPress, textMessage } from './support/updates.js';
import { waitFor } from './support/wait-for.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The user code and message id of the card sent for /login. */
async function loginCard(h: Harness, index = 0) {
  const call = await h.call('sendMessage', index);
  await waitFor(() => call.response !== undefined, 'the card to be answered');
  const userCode = await waitFor(() => h.emulator.listPending().at(-1)?.userCode, 'a user code');
  return { call, userCode, messageId: sentId(call) };
}

describe('TelegramLogin in a private chat', () => {
  describe('when /login is sent with one provider behind a public page', () => {
    it('should send a card with a copyable code, a URL button and a Cancel button', async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login'));
      const { call, userCode } = await loginCard(harness);
      const pending = await harness.botlogin.login.findPending(
        { platform: 'telegram', userId: String(ada.id) },
        'facebook',
      );

      expect(call.payload['chat_id']).toBe(ada.id);
      expect(call.payload['parse_mode']).toBe('HTML');
      expect(call.payload['text']).toContain(`<code>${userCode}</code>`);
      expect(call.payload['text']).toContain('Requested by Ada (@ada).');
      expect(call.payload['text']).toContain('Only enter this code if you just asked for it');
      expect(call.payload['text']).toMatch(/valid for 7 minutes, until \d\d:\d\d UTC/);
      expect(call.payload['reply_markup']).toEqual({
        inline_keyboard: [
          [
            {
              text: 'Open Facebook login',
              url: `https://login.example.test/device?user_code=${userCode}`,
            },
          ],
          [{ text: 'Cancel', callback_data: `bl:c:${pending?.id}` }],
        ],
      });
      const data = `bl:c:${pending?.id}`;
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(maxCallbackDataBytes);
    });

    it('should keep chat id, message id, kind and locale with the session', async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login'));
      const { messageId } = await loginCard(harness);
      const chatUser = { platform: 'telegram', userId: String(ada.id) };
      const pending = await waitFor(async () => {
        const view = await harness?.botlogin.login.findPending(chatUser, 'facebook');
        return view?.delivery === undefined ? undefined : view;
      }, 'the delivery handle');

      expect(pending.delivery).toEqual({
        platform: 'telegram',
        data: { chatId: ada.id, messageId, kind: 'text', locale: 'en' },
      });
    });
  });

  describe('when the user approves', () => {
    it('should edit the card into a success naming the profile', async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login'));
      const { userCode, messageId } = await loginCard(harness);
      harness.emulator.approve(userCode, { name: 'Ada Lovelace' });
      const edit = await harness.call('editMessageText');

      expect(edit.payload).toEqual({
        chat_id: ada.id,
        message_id: messageId,
        text: '<b>You are logged in to Facebook as Ada Lovelace.</b>',
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [] },
        link_preview_options: { is_disabled: true },
      });
      expect(harness.handlerErrors).toEqual([]);
    });
  });

  describe('when the user declines', () => {
    it('should edit the card into a refusal without buttons', async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login'));
      const { userCode, messageId } = await loginCard(harness);
      harness.emulator.deny(userCode);
      const edit = await harness.call('editMessageText');

      expect(edit.payload['message_id']).toBe(messageId);
      expect(edit.payload['text']).toBe('<b>The login to Facebook was declined.</b>');
      expect(edit.payload['reply_markup']).toEqual({ inline_keyboard: [] });
    });
  });

  describe('when the code expires', () => {
    it('should edit the card into an expiry with a Try again button that starts anew', async () => {
      harness = await startHarness({ publicFront: true });
      harness.emulator.setDefaults('facebook', { expiresIn: 20, interval: 5 });
      harness.push(textMessage(ada, '/login'));
      const { messageId } = await loginCard(harness);
      const edit = await harness.call('editMessageText');

      expect(edit.payload['text']).toBe('<b>The Facebook code expired before it was used.</b>');
      expect(edit.payload['reply_markup']).toEqual({
        inline_keyboard: [[{ text: 'Try again', callback_data: 'bl:r:facebook' }]],
      });

      harness.emulator.setDefaults('facebook', { expiresIn: 420, interval: 5 });
      harness.push(buttonPress(ada, ada.id, messageId, 'bl:r:facebook'));
      const second = await harness.call('sendMessage', 1);
      expect(second.payload['text']).toContain('Log in with Facebook');
      expect((await harness.call('answerCallbackQuery')).payload).toEqual({
        callback_query_id: expect.any(String),
      });
    });
  });

  describe('when the user presses Cancel', () => {
    it('should edit the card once, even when the button is pressed twice', async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login'));
      const { call, messageId } = await loginCard(harness);
      const cancelData = (
        call.payload['reply_markup'] as { inline_keyboard: { callback_data?: string }[][] }
      ).inline_keyboard[1]?.[0]?.callback_data as string;
      await waitFor(
        async () =>
          (
            await harness?.botlogin.login.findPending(
              { platform: 'telegram', userId: String(ada.id) },
              'facebook',
            )
          )?.delivery,
        'the delivery handle',
      );
      harness.push(buttonPress(ada, ada.id, messageId, cancelData));
      await harness.call('answerCallbackQuery', 0);
      harness.push(buttonPress(ada, ada.id, messageId, cancelData));
      const second = await harness.call('answerCallbackQuery', 1);

      expect(harness.fake.callsOf('editMessageText').map((c) => c.payload['text'])).toEqual([
        '<b>The login to Facebook was cancelled.</b>',
      ]);
      expect(harness.fake.callsOf('answerCallbackQuery')[0]?.payload['text']).toBe(
        'Login cancelled.',
      );
      expect(second.payload['text']).toBe('This login has already ended.');
    });

    it("should refuse another user's press with a polite alert and keep the login", async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login'));
      const { call, messageId } = await loginCard(harness);
      const cancelData = (
        call.payload['reply_markup'] as { inline_keyboard: { callback_data?: string }[][] }
      ).inline_keyboard[1]?.[0]?.callback_data as string;
      harness.push(buttonPress(bob, ada.id, messageId, cancelData));
      const answer = await harness.call('answerCallbackQuery');

      expect(answer.payload).toEqual({
        callback_query_id: expect.any(String),
        text: 'Only the person who started this login can cancel it.',
        show_alert: true,
      });
      const chatUser = { platform: 'telegram', userId: String(ada.id) };
      expect((await harness.botlogin.login.findPending(chatUser, 'facebook'))?.state).toBe(
        'pending',
      );
      expect(harness.fake.callsOf('editMessageText')).toEqual([]);
    });
  });

  describe('when /login is sent again while a login is pending', () => {
    it('should show the same code anew and retire the earlier card', async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login'));
      const first = await loginCard(harness);
      await waitFor(
        async () =>
          (
            await harness?.botlogin.login.findPending(
              { platform: 'telegram', userId: String(ada.id) },
              'facebook',
            )
          )?.delivery,
        'the delivery handle',
      );
      harness.push(textMessage(ada, '/login'));
      const second = await harness.call('sendMessage', 1);
      const retired = await harness.call('editMessageText');

      expect(second.payload['text']).toBe(first.call.payload['text']);
      expect(harness.emulator.listPending()).toHaveLength(1);
      expect(retired.payload).toMatchObject({
        message_id: first.messageId,
        text: 'This login continues in the message below.',
        reply_markup: { inline_keyboard: [] },
      });
    });
  });
});
