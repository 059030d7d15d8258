import type { LoginView } from '@botlogin/core';
import { describe, expect, it } from 'vitest';
import { renderOutcome } from './render-outcome.js';

const hostile = '<!channel> [click](https://evil.example)';
const approvedAs = (name: string): LoginView => ({
  id: 'abcdefghijkl',
  version: 1,
  providerId: 'facebook',
  chatUser: { platform: 'botkit', tenant: 'websocket', userId: 'u1' },
  chatUserKey: 'botkit:websocket:u1',
  state: 'approved',
  userCode: 'ABCD2345',
  verificationUri: 'https://example.test/device',
  createdAt: 0,
  expiresAt: 420_000,
  interval: 5,
  nextPollAt: 5_000,
  pollCount: 1,
  slowDownCount: 0,
  transientFailures: 0,
  delivered: true,
  outcome: { state: 'approved', endedAt: 1_000, profile: { id: '1', name } },
});
const render = (channelId: string, name = hostile) =>
  renderOutcome({
    login: approvedAs(name),
    providerName: 'Facebook',
    channelId,
    loginWord: 'login',
  }).text;

describe(renderOutcome.name, () => {
  describe('having a profile name that tries to inject a mention or a link', () => {
    it('should escape it for Slack mrkdwn', () => {
      expect(render('slack')).toBe(
        'You are now logged in to Facebook as &lt;!channel&gt; [click](https://evil.example).',
      );
    });

    it('should escape it for the web chat Markdown', () => {
      expect(render('websocket')).toBe(
        'You are now logged in to Facebook as ' +
          '&lt;\\!channel&gt; \\[click\\]\\(https://evil.example\\).',
      );
    });

    it('should keep it as given where the text is plain', () => {
      expect(render('twilio-sms')).toBe(`You are now logged in to Facebook as ${hostile}.`);
      expect(render('facebook')).toBe(`You are now logged in to Facebook as ${hostile}.`);
    });
  });
});
