import { afterEach, describe, expect, it } from 'vitest';
import { ResponseUrlLimit } from '../src/index.js';
import { blocksOf, textOf } from './support/card.js';
import { type Harness, startHarness, waitFor } from './support/harness.js';

const ada = { userId: 'U1', teamId: 'T1' };

describe('SlackPresenter', () => {
  let h: Harness;

  afterEach(async () => {
    expect(h.boltErrors).toEqual([]);
    await h.close();
  });

  describe('when Slack refuses the response_url', () => {
    it('should post the outcome as a fresh ephemeral message in the same channel', async () => {
      h = await startHarness();
      const { responseUrl } = await h.command({ command: '/login', ...ada, channelId: 'C9' });
      const login = await h.pending(ada);
      h.slack.refuseResponseUrl(responseUrl, 'expired_url');
      h.emulator.approve(login.userCode);

      const [fallback] = await waitFor(
        () => h.slack.api('chat.postEphemeral').length > 0 && h.slack.api('chat.postEphemeral'),
      );
      expect(fallback).toMatchObject({ channel: 'C9', user: 'U1' });
      expect(textOf(blocksOf(fallback!))).toContain('Ada Lovelace');
      expect(h.slack.hook(responseUrl)).toHaveLength(2);
    });

    it('should fall back to a direct message when the bot cannot post in the channel', async () => {
      h = await startHarness();
      const { responseUrl } = await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      h.slack.refuseResponseUrl(responseUrl, 'used_url');
      h.slack.failApi('chat.postEphemeral', 'channel_not_found');
      h.emulator.deny(login.userCode);

      const [direct] = await waitFor(
        () => h.slack.api('chat.postMessage').length > 0 && h.slack.api('chat.postMessage'),
      );
      expect(direct).toMatchObject({ channel: 'U1' });
      expect(textOf(blocksOf(direct!))).toContain('declined');
    });
  });

  describe('when the response_url is older than Slack honours', () => {
    it('should not spend a post on it and send an ephemeral message instead', async () => {
      const skew = { ms: 0 };
      h = await startHarness({ adapterSkew: skew });
      const { responseUrl } = await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      skew.ms = ResponseUrlLimit.lifetimeMs;
      h.emulator.approve(login.userCode);

      const [fallback] = await waitFor(
        () => h.slack.api('chat.postEphemeral').length > 0 && h.slack.api('chat.postEphemeral'),
      );
      expect(textOf(blocksOf(fallback!))).toContain('Ada Lovelace');
      expect(h.slack.hook(responseUrl)).toHaveLength(1);
    });
  });
});
