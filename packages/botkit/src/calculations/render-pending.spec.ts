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

  describe('having a hostile user code', () => {
    const hostile = '**[x](https://evil.example)**';
    const login = anyLogin({ userCode: hostile });

    it('should escape it on the web chat so it stays visible and makes no link', () => {
      const { text } = render('websocket', login);
      expect(text).toContain('**\\*\\*\\[x\\]\\(https://evil.example\\)\\*\\***');
      expect(text).not.toContain('](https://evil.example)');
      expect(text).toContain('[the login page](https://example.test/device)');
    });

    it('should turn HTML and mentions into entities on the web chat and on Slack', () => {
      const mention = anyLogin({ userCode: '<!channel>&<b>' });
      expect(render('websocket', mention).text).toContain('**&lt;\\!channel&gt;&amp;&lt;b&gt;**');
      const slack = render('slack', mention);
      expect(slack.text).toContain('the code &lt;!channel&gt;&amp;&lt;b&gt;.');
      expect(slack.text).not.toContain('<');
      expect(slack.channelData.blocks[0].text.text).toContain('`&lt;!channel&gt;&amp;&lt;b&gt;`');
    });

    it('should show a code with a backtick on Slack in plain text, exactly', () => {
      const slack = render('slack', anyLogin({ userCode: 'AB`*_~:x:`CD' }));
      const [steps, code, actions] = slack.channelData.blocks;
      expect(steps.text.text).toContain('enter the code below.');
      expect(steps.text.text).not.toContain('AB`');
      expect(code.text).toEqual({ type: 'plain_text', text: 'AB`*_~:x:`CD', emoji: false });
      expect(actions.type).toBe('actions');
    });

    it('should keep the code as sent on Messenger and in plain text', () => {
      expect(render('facebook', login).channelData.attachment.payload.text).toContain(hostile);
      expect(render('twilio-sms', login).text).toContain(`the code ${hostile}.`);
    });

    it('should not link a verification URI that is not a web address', () => {
      const text = render('websocket', anyLogin({ verificationUri: 'javascript:alert(1)' })).text;
      expect(text).toContain('open javascript:alert\\(1\\) and');
      expect(text).not.toContain('](');
    });

    it('should percent-encode what would end the Markdown link early', () => {
      const odd = anyLogin({ verificationUriComplete: "https://example.test/d?c=a)b'c" });
      expect(render('websocket', odd).text).toContain(
        '[the login page](https://example.test/d?c=a%29b%27c)',
      );
    });
  });
});
