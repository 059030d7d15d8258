import { afterEach, describe, expect, it } from 'vitest';
import { assertDiscordLimits, type DiscordMessage } from '../src/index.js';
import { applicationId, Harness, waitFor } from './support/harness.js';

describe('DiscordPresenter', () => {
  let h: Harness;

  afterEach(async () => {
    await h.close();
  });

  describe('when the login outlives the 15-minute interaction token', () => {
    it('should send the outcome by direct message instead of editing', async () => {
      // 20-minute codes; at 400x, Discord's 15 minutes pass in about 2.3 s of real time.
      h = await Harness.start({ speed: 400, expiresIn: 1200 });
      const userId = '200000000000000001';
      const { token } = h.command(userId, 'login');
      const login = await h.pendingLogin(userId);
      const tokenExpiresAt = login.delivery?.data['tokenExpiresAt'] as number;
      expect(tokenExpiresAt - login.createdAt).toBeGreaterThan(14 * 60_000);
      expect(tokenExpiresAt - login.createdAt).toBeLessThanOrEqual(15 * 60_000);

      await waitFor(() => h.clock.now() > tokenExpiresAt || undefined, '15 minutes to pass');
      h.emulator.approve(login.userCode, { name: 'Ada Lovelace' });
      const message = await waitFor(
        () => h.api.find('POST', /^\/channels\/[^/]+\/messages$/)[0],
        'the direct message',
      );

      const opened = h.api.find('POST', /^\/users\/@me\/channels$/);
      expect(opened.map((r) => r.json)).toEqual([{ recipient_id: userId }]);
      expect(opened[0]?.headers['authorization']).toBe('Bot fake-bot-token');
      expect(message.path).toBe(`/channels/dm-${userId}/messages`);
      expect(message.json).toEqual({
        content: 'Your login message could no longer be updated, so here is how it ended.',
        embeds: [
          {
            title: 'Logged in',
            description: 'You are logged in with Facebook as **Ada Lovelace**.',
            color: 0x57f287,
            thumbnail: { url: expect.any(String) },
          },
        ],
        components: [],
        attachments: [],
        allowed_mentions: { parse: [] },
      });
      assertDiscordLimits(message.json as DiscordMessage);
      // Only the card itself went through the webhook; the dead token was not tried.
      const webhookEdits = h.api.find('PATCH', new RegExp(`^/webhooks/${applicationId}/`));
      expect(webhookEdits.map((r) => r.path)).toEqual([
        `/webhooks/${applicationId}/${token}/messages/@original`,
      ]);
    });
  });

  describe('when Discord fails the direct message with a server error', () => {
    it('should throw to the engine, which retries until the message goes through', async () => {
      h = await Harness.start({ speed: 400, expiresIn: 1200 });
      const userId = '200000000000000003';
      // More failures than discord.js retries on its own, so one engine retry is needed.
      h.api.failingDms.set(userId, 5);
      const errors: unknown[] = [];
      h.botlogin.login.events.on('presenterError', (e) => errors.push(e));
      h.command(userId, 'login');
      const login = await h.pendingLogin(userId);
      const tokenExpiresAt = login.delivery?.data['tokenExpiresAt'] as number;

      await waitFor(() => h.clock.now() > tokenExpiresAt || undefined, '15 minutes to pass');
      h.emulator.approve(login.userCode, { name: 'Ada Lovelace' });
      const delivered = await waitFor(
        () =>
          h.api
            .find('POST', /^\/channels\/[^/]+\/messages$/)
            .find((request) => request.path === `/channels/dm-${userId}/messages`) &&
          h.api.failingDms.get(userId) === 0
            ? h.api.find('POST', /^\/channels\/[^/]+\/messages$/)
            : undefined,
        'the direct message after retries',
      );
      expect(delivered.length).toBeGreaterThan(5);
      expect(errors.length).toBeGreaterThanOrEqual(1);
      expect((await h.botlogin.login.get(login.id))?.delivered).toBe(true);
    });
  });

  describe('when the user cannot be sent a direct message', () => {
    it('should give up quietly, without an unhandled error', async () => {
      h = await Harness.start({ speed: 400, expiresIn: 1200 });
      const userId = '200000000000000002';
      h.api.closedDms.add(userId);
      const errors: unknown[] = [];
      h.botlogin.login.events.on('presenterError', (e) => errors.push(e));
      h.command(userId, 'login');
      const login = await h.pendingLogin(userId);
      const tokenExpiresAt = login.delivery?.data['tokenExpiresAt'] as number;

      await waitFor(() => h.clock.now() > tokenExpiresAt || undefined, '15 minutes to pass');
      h.emulator.deny(login.userCode);
      await waitFor(() => h.api.find('POST', /^\/channels\/[^/]+\/messages$/)[0]);

      expect((await h.botlogin.login.get(login.id))?.state).toBe('denied');
      expect(errors).toEqual([]);
      await waitFor(() => h.logs.length > 0 || undefined);
      expect(h.logs).toEqual([
        `WARN Could not send the outcome by direct message loginId=${login.id} discordCode=50007`,
      ]);
    });
  });
});
