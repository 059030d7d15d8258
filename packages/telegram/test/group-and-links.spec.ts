import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, sentId, startHarness } from './support/harness.js';
import { ada, buttonPress, groupChat, jonas, textMessage } from './support/updates.js';
import { waitFor } from './support/wait-for.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('TelegramLogin in a group', () => {
  describe('when a user who never started the bot sends /login@botname', () => {
    it('should reply with a deep link only, and start the login from /start in private', async () => {
      harness = await startHarness({ publicFront: true });
      harness.push(textMessage(ada, '/login@botlogin_test_bot', groupChat));
      const redirect = await harness.call('sendMessage');

      expect(redirect.payload).toEqual({
        chat_id: groupChat.id,
        text:
          'For your privacy I only show login codes in a private chat. Tap the button to ' +
          'continue there.',
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        reply_markup: {
          inline_keyboard: [
            [
              {
                text: 'Continue in a private chat',
                url: 'https://t.me/botlogin_test_bot?start=login-facebook',
              },
            ],
          ],
        },
        reply_parameters: { message_id: expect.any(Number), allow_sending_without_reply: true },
      });
      expect(harness.emulator.listPending()).toEqual([]);
      expect(harness.fake.calls.filter((c) => c.payload['chat_id'] === ada.id)).toEqual([]);

      harness.push(textMessage(ada, '/start login-facebook'));
      const card = await harness.call('sendMessage', 1);
      const userCode = harness.emulator.listPending()[0]?.userCode;
      expect(card.payload['chat_id']).toBe(ada.id);
      expect(card.payload['text']).toContain(`<code>${userCode}</code>`);
      expect(harness.handlerErrors).toEqual([]);
    });
  });

  describe('when /login is sent to another bot in the group', () => {
    it('should stay silent', async () => {
      harness = await startHarness();
      harness.push(textMessage(ada, '/login@some_other_bot', groupChat));
      harness.push(textMessage(ada, '/whoami'));
      await harness.call('sendMessage');

      expect(harness.fake.callsOf('sendMessage')).toHaveLength(1);
      expect(harness.fake.callsOf('sendMessage')[0]?.payload['chat_id']).toBe(ada.id);
    });
  });
});

describe('TelegramLogin with the emulator on loopback', () => {
  describe('when the verification URI cannot be a URL button', () => {
    it('should write the link as text and keep only the Cancel button', async () => {
      harness = await startHarness();
      harness.push(textMessage(ada, '/login'));
      const card = await harness.call('sendMessage');
      const link = `${harness.emulator.verificationUri}?user_code=`;

      expect(card.response?.ok).toBe(true);
      expect(card.payload['text']).toContain(
        'Open this page in your browser and enter the code there:\n<code>',
      );
      expect(card.payload['text']).toContain(link);
      const keyboard = (card.payload['reply_markup'] as { inline_keyboard: unknown[][] })
        .inline_keyboard;
      expect(keyboard).toEqual([
        [{ text: 'Cancel', callback_data: expect.stringMatching(/^bl:c:/) }],
      ]);
    });
  });

  describe('when Telegram refuses a URL the adapter thought fine', () => {
    it('should send the card again with the link as text', async () => {
      harness = await startHarness({ publicFront: true });
      harness.fake.failNext(
        'sendMessage',
        400,
        "Bad Request: inline keyboard button URL 'https://login.example.test/device' is invalid: Wrong HTTP URL",
      );
      harness.push(textMessage(ada, '/login'));
      const retry = await harness.call('sendMessage', 1);

      expect(harness.fake.callsOf('sendMessage')[0]?.response?.ok).toBe(false);
      expect(retry.response?.ok).toBe(true);
      expect(retry.payload['text']).toContain('<code>https://login.example.test/device?user_code=');
      expect(harness.handlerErrors).toEqual([]);
    });
  });
});

describe('TelegramLogin with two providers', () => {
  it('should ask which one with callback buttons and start the one pressed once', async () => {
    harness = await startHarness({ providers: ['facebook', 'rfc8628'], publicFront: true });
    harness.push(textMessage(ada, '/login'));
    const choice = await harness.call('sendMessage');

    expect(choice.payload['reply_markup']).toEqual({
      inline_keyboard: [
        [{ text: 'Facebook', callback_data: 'bl:p:facebook' }],
        [{ text: 'Emulator ID', callback_data: 'bl:p:rfc8628' }],
      ],
    });
    const choiceId = sentId(choice);
    harness.push(buttonPress(ada, ada.id, choiceId, 'bl:p:rfc8628'));
    await harness.call('answerCallbackQuery', 0);
    harness.push(buttonPress(ada, ada.id, choiceId, 'bl:p:rfc8628'));
    const second = await harness.call('answerCallbackQuery', 1);

    const cards = harness.fake.callsOf('sendMessage').slice(1);
    expect(cards).toHaveLength(1);
    const userCode = harness.emulator.listPending()[0]?.userCode ?? '';
    expect(cards[0]?.payload['text']).toContain('Log in with Emulator ID');
    expect(cards[0]?.payload['reply_markup']).toMatchObject({
      inline_keyboard: [
        [
          {
            text: 'Open Emulator ID login',
            url: `https://login.example.test/device?user_code=${encodeURIComponent(userCode)}`,
          },
        ],
        [{ text: 'Cancel' }],
      ],
    });
    expect(second.payload['text']).toBe(
      'Your login is already in progress: use the message with the code.',
    );
  });
});

describe('TelegramLogin with QR codes', () => {
  it('should send the card as a photo caption and edit the caption on success', async () => {
    harness = await startHarness({ publicFront: true, qrCode: true });
    harness.push(textMessage(ada, '/login'));
    const photo = await harness.call('sendPhoto');
    await waitFor(() => photo.response, 'the photo to be answered');

    expect(photo.payload['photo']).toMatchObject({
      filename: 'login-qr.png',
      type: expect.any(String),
    });
    expect(photo.payload['parse_mode']).toBe('HTML');
    expect(photo.payload['caption']).toContain('<code>');
    const userCode = await waitFor(() => harness?.emulator.listPending()[0]?.userCode, 'a code');
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
    harness.emulator.approve(userCode);
    const edit = await harness.call('editMessageCaption');

    expect(edit.payload).toEqual({
      chat_id: ada.id,
      message_id: sentId(photo),
      caption: '<b>You are logged in to Facebook as Ada Lovelace.</b>',
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [] },
    });
    expect(harness.fake.callsOf('editMessageText')).toEqual([]);
  });
});

describe('TelegramLogin in German', () => {
  it('should write the card in the language of the user and register localised commands', async () => {
    harness = await startHarness({ publicFront: true });
    await harness.adapter.registerCommands(harness.bot.telegram);
    harness.push(textMessage(jonas, '/login'));
    const card = await harness.call('sendMessage');

    expect(card.payload['text']).toContain('<b>Mit Facebook anmelden</b>');
    expect(card.payload['text']).toContain('Angefordert von Jonas.');
    expect(harness.fake.callsOf('setMyCommands').map((c) => c.payload)).toEqual([
      {
        commands: [
          { command: 'login', description: 'Log in to your account' },
          { command: 'logout', description: 'Log out' },
          { command: 'whoami', description: 'Show which accounts you are logged in to' },
        ],
      },
      {
        commands: [
          { command: 'login', description: 'Bei deinem Konto anmelden' },
          { command: 'logout', description: 'Abmelden' },
          { command: 'whoami', description: 'Zeigen, bei welchen Konten du angemeldet bist' },
        ],
        language_code: 'de',
      },
    ]);
  });
});

describe('TelegramLogin /whoami and /logout', () => {
  it('should name the profile, then log out and say so', async () => {
    harness = await startHarness({ publicFront: true });
    harness.push(textMessage(ada, '/login'));
    await harness.call('sendMessage');
    const userCode = await waitFor(() => harness?.emulator.listPending()[0]?.userCode, 'a code');
    harness.emulator.approve(userCode);
    await harness.call('editMessageText');
    harness.push(textMessage(ada, '/whoami'));
    const whoami = await harness.call('sendMessage', 1);
    harness.push(textMessage(ada, '/logout'));
    const logout = await harness.call('sendMessage', 2);

    expect(whoami.payload['text']).toBe('Facebook: logged in as Ada Lovelace');
    expect(logout.payload['text']).toBe('You are logged out of Facebook.');
    const chatUser = { platform: 'telegram', userId: String(ada.id) };
    expect(await harness.botlogin.login.listLogins(chatUser)).toEqual([]);
  });
});
