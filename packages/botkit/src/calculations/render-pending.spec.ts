import type { LoginView } from '@botlogin/core';
import { describe, expect, it } from 'vitest';
import { renderPending } from './render-pending.js';

const now = Date.UTC(2026, 0, 1, 14, 0, 0);
const anyLogin = (overrides: Partial<LoginView> = {}): LoginView => ({
  id: 'abcdefghijkl',
  version: 1,
  providerId: 'facebook',
  chatUser: { platform: 'botkit', tenant: 'websocket', userId: 'u1' },
  chatUserKey: 'botkit:websocket:u1',
  state: 'pending',
  userCode: 'ABCD2345',
  verificationUri: 'https://example.test/device',
  createdAt: now,
  expiresAt: now + 420_000,
  interval: 5,
  nextPollAt: now + 5_000,
  pollCount: 0,
  slowDownCount: 0,
  transientFailures: 0,
  delivered: false,
  ...overrides,
});
const render = (channelId: string | undefined, login = anyLogin()) =>
  renderPending({ login, providerName: 'Facebook', channelId, now, cancelWord: 'cancel' });

describe(renderPending.name, () => {
  describe('having a channel without a rich form (SMS)', () => {
    it('should say code, link, expiry, warning and the way out in plain text', () => {
      expect(render('twilio-sms')).toEqual({
        text: [
          'To log in to Facebook, open https://example.test/device and enter the code ABCD2345.',
          'The code expires in 7 minutes (14:07 UTC).',
          'Only enter this code if you just asked this bot to log you in.',
          'Reply "cancel" to stop.',
        ].join('\n'),
      });
    });

    it('should ask to check the code when the link already carries it', () => {
      const login = anyLogin({ verificationUriComplete: 'https://example.test/device?c=1' });
      expect(render('twilio-sms', login).text).toContain(
        'open https://example.test/device?c=1 and check that it shows the code ABCD2345.',
      );
    });
  });

  describe('having the web chat', () => {
    it('should link the page in Markdown and offer Cancel as a quick reply', () => {
      const reply = render('websocket');
      expect(reply.text).toContain('[the login page](https://example.test/device)');
      expect(reply.text).toContain('**ABCD2345**');
      expect(reply.channelData).toEqual({
        quick_replies: [{ title: 'Cancel', payload: 'cancel' }],
      });
    });
  });

  describe('having Messenger', () => {
    it('should send a button template with a link button and no separate text', () => {
      const reply = render('facebook');
      expect(reply.text).toBeUndefined();
      const payload = reply.channelData.attachment.payload;
      expect(payload.template_type).toBe('button');
      expect(payload.text.length).toBeLessThanOrEqual(640);
      expect(payload.text).toContain('ABCD2345');
      expect(payload.buttons[0]).toEqual({
        type: 'web_url',
        url: 'https://example.test/device',
        title: 'Open login page',
      });
      for (const button of payload.buttons) expect(button.title.length).toBeLessThanOrEqual(20);
    });
  });

  describe('having Slack', () => {
    it('should send blocks ephemerally with the text as fallback', () => {
      const reply = render('slack');
      expect(reply.channelData.ephemeral).toBe(true);
      expect(reply.text).toContain('ABCD2345');
      const actions = reply.channelData.blocks[1].elements;
      expect(actions[0].url).toBe('https://example.test/device');
      expect(actions[1]).toMatchObject({ action_id: 'botlogin_cancel', value: 'cancel' });
    });
  });
});
