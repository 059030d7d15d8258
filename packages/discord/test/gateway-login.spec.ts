import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertDiscordLimits, type DiscordMessage } from '../src/index.js';
import type { RecordedRequest } from './support/fake-discord-api.js';
import { applicationId, Harness, waitFor } from './support/harness.js';

const deferEphemeral = { type: 5, data: { flags: 64 } };

function edits(h: Harness, token: string): RecordedRequest[] {
  return h.api.find(
    'PATCH',
    new RegExp(`^/webhooks/${applicationId}/${token}/messages/@original$`),
  );
}

function callbacks(h: Harness, id: string): RecordedRequest[] {
  return h.api.find('POST', new RegExp(`^/interactions/${id}/[^/]+/callback$`));
}

async function nthEdit(h: Harness, token: string, n: number): Promise<Record<string, unknown>> {
  const request = await waitFor(() => edits(h, token)[n - 1], `edit #${n}`);
  const body = request.json as Record<string, unknown>;
  // Everything the adapter sends must pass Discord's limits.
  assertDiscordLimits(body as unknown as DiscordMessage);
  return body;
}

describe('attachDiscordLogin (gateway)', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await Harness.start();
  });
  afterEach(async () => {
    await h.close();
  });

  describe('when a user runs /login and approves', () => {
    it('should defer ephemerally, show the card, then edit it to the profile', async () => {
      const { id, token } = h.command('100000000000000001', 'login');
      const card = await nthEdit(h, token, 1);
      const login = await h.pendingLogin('100000000000000001');

      expect(callbacks(h, id).map((r) => r.json)).toEqual([deferEphemeral]);
      expect(callbacks(h, id)[0]?.query).toBe('?with_response=false');
      const expires = Math.floor(login.expiresAt / 1000);
      // The complete URI (code filled in) is preferred over the bare verification page.
      expect(login.verificationUriComplete).toBe(
        `${h.emulator.verificationUri}?user_code=${login.userCode}`,
      );
      expect(card).toEqual({
        embeds: [
          {
            title: 'Log in with Facebook',
            description:
              '1. Press **Open Facebook** below (or scan the QR code).\n' +
              '2. If asked, enter the code below and confirm.\n\n' +
              '**Your code**\n' +
              `\`\`\`\n${login.userCode}\n\`\`\`\n` +
              `The code expires <t:${expires}:R>.\n\n` +
              'Requested by <@100000000000000001>. Only enter this code if you just asked to ' +
              'log in here. Nobody from Discord or this server will ever ask you for it.',
            color: 0x5865f2,
          },
        ],
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 5, label: 'Open Facebook', url: login.verificationUriComplete },
              { type: 2, style: 2, label: 'Cancel', custom_id: `botlogin:cancel:${login.id}` },
            ],
          },
        ],
        attachments: [],
        allowed_mentions: { parse: [] },
      });
      expect(edits(h, token)[0]?.headers['authorization']).toBeUndefined();
      expect(login.delivery?.data).toEqual({
        applicationId,
        interactionToken: token,
        tokenExpiresAt: expect.any(Number),
        userId: '100000000000000001',
        locale: 'en-US',
      });

      h.emulator.approve(login.userCode, { name: 'Ada Lovelace' });
      const outcome = await nthEdit(h, token, 2);

      expect(outcome).toEqual({
        embeds: [
          {
            title: 'Logged in',
            description: 'You are logged in with Facebook as **Ada Lovelace**.',
            color: 0x57f287,
            thumbnail: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//) },
          },
        ],
        components: [],
        attachments: [],
        allowed_mentions: { parse: [] },
      });
    });
  });

  describe('when the user declines', () => {
    it('should edit the card to say so and remove the buttons', async () => {
      const { token } = h.command('100000000000000002', 'login');
      const login = await h.pendingLogin('100000000000000002');
      h.emulator.deny(login.userCode);

      const outcome = await nthEdit(h, token, 2);

      expect(outcome['embeds']).toEqual([
        {
          title: 'Login declined',
          description: 'The request was declined on Facebook. Nothing was shared.',
          color: 0xed4245,
        },
      ]);
      expect(outcome['components']).toEqual([]);
    });
  });

  describe('when the code expires', () => {
    it('should offer Try again, which starts a new login in the same message', async () => {
      const userId = '100000000000000003';
      const { token } = h.command(userId, 'login');
      const first = await h.pendingLogin(userId);
      h.emulator.expire(first.userCode);

      const outcome = await nthEdit(h, token, 2);
      expect(outcome['embeds']).toEqual([
        {
          title: 'Code expired',
          description: 'The code expired before it was used. You can start again.',
          color: 0xfee75c,
        },
      ]);
      const retryId = `botlogin:retry:${userId}:facebook`;
      expect(outcome['components']).toEqual([
        { type: 1, components: [{ type: 2, style: 1, label: 'Try again', custom_id: retryId }] },
      ]);

      const click = h.click(userId, retryId);
      const card = await nthEdit(h, click.token, 1);
      const second = await h.pendingLogin(userId);

      expect(callbacks(h, click.id).map((r) => r.json)).toEqual([{ type: 6 }]);
      expect(second.id).not.toBe(first.id);
      expect(JSON.stringify(card)).toContain(second.userCode);
      expect(second.delivery?.data['interactionToken']).toBe(click.token);
    });
  });

  describe('when the user presses Cancel', () => {
    it('should cancel the login and edit the message through the click', async () => {
      const userId = '100000000000000004';
      h.command(userId, 'login');
      const login = await h.pendingLogin(userId);

      const click = h.click(userId, `botlogin:cancel:${login.id}`);
      const outcome = await nthEdit(h, click.token, 1);

      expect(callbacks(h, click.id).map((r) => r.json)).toEqual([{ type: 6 }]);
      expect(outcome).toEqual({
        embeds: [
          {
            title: 'Login cancelled',
            description: 'The login with Facebook was cancelled.',
            color: 0x99aab5,
          },
        ],
        components: [],
        attachments: [],
        allowed_mentions: { parse: [] },
      });
      expect((await h.botlogin.login.get(login.id))?.state).toBe('cancelled');
    });
  });

  describe('when another user presses Cancel', () => {
    it('should refuse politely and ephemerally, and leave the login pending', async () => {
      h.command('100000000000000005', 'login');
      const login = await h.pendingLogin('100000000000000005');

      const click = h.click('100000000000000099', `botlogin:cancel:${login.id}`);
      const reply = await waitFor(() => callbacks(h, click.id)[0], 'the refusal');

      expect(reply.json).toEqual({
        type: 4,
        data: {
          embeds: [
            {
              description:
                'This button belongs to someone else’s login. Use /login to start your own.',
            },
          ],
          components: [],
          flags: 64,
          allowed_mentions: { parse: [] },
          tts: false,
          enforce_nonce: false,
        },
      });
      await h.gateway.idle();
      expect(edits(h, click.token)).toEqual([]);
      expect((await h.botlogin.login.get(login.id))?.state).toBe('pending');
    });
  });

  describe('when the user double-clicks Cancel', () => {
    it('should acknowledge both clicks and edit the message once', async () => {
      const userId = '100000000000000006';
      h.command(userId, 'login');
      const login = await h.pendingLogin(userId);
      const outcomes: string[] = [];
      h.botlogin.login.events.on('outcome', (view) => outcomes.push(view.state));

      const first = h.click(userId, `botlogin:cancel:${login.id}`);
      const second = h.click(userId, `botlogin:cancel:${login.id}`);
      await waitFor(() => callbacks(h, second.id)[0] && callbacks(h, first.id)[0]);
      await h.gateway.idle();

      expect(callbacks(h, first.id).map((r) => r.json)).toEqual([{ type: 6 }]);
      expect(callbacks(h, second.id).map((r) => r.json)).toEqual([{ type: 6 }]);
      expect(edits(h, first.token).length + edits(h, second.token).length).toBe(1);
      expect(outcomes).toEqual(['cancelled']);
    });
  });

  describe('when the user runs /login again while one is pending', () => {
    it('should show the pending login again instead of starting another', async () => {
      const userId = '100000000000000007';
      h.command(userId, 'login');
      const login = await h.pendingLogin(userId);

      const again = h.command(userId, 'login');
      const card = await nthEdit(h, again.token, 1);

      const embed = (card['embeds'] as { description: string }[])[0];
      expect(embed?.description).toMatch(
        /^\*You already have a login in progress; here it is again\.\*\n\n/,
      );
      expect(embed?.description).toContain(login.userCode);
      expect(h.emulator.listPending()).toHaveLength(1);
      const updated = await waitFor(async () => {
        const view = await h.botlogin.login.get(login.id);
        return view?.delivery?.data['interactionToken'] === again.token ? view : undefined;
      });
      expect(updated.state).toBe('pending');
    });
  });

  describe('when the user speaks German', () => {
    it('should render the card from the German table', async () => {
      const { token } = h.command('100000000000000008', 'login', {}, 'de');
      const card = await nthEdit(h, token, 1);

      const embed = (card['embeds'] as { title: string; description: string }[])[0];
      expect(embed?.title).toBe('Mit Facebook anmelden');
      expect(embed?.description).toContain('Der Code läuft <t:');
    });
  });

  describe('/whoami and /logout', () => {
    it('should list the login, then forget it', async () => {
      const userId = '100000000000000009';
      const { token } = h.command(userId, 'login');
      const login = await h.pendingLogin(userId);
      h.emulator.approve(login.userCode, { name: 'Grace Hopper' });
      await nthEdit(h, token, 2);

      const whoami = h.command(userId, 'whoami');
      const listed = await waitFor(() => callbacks(h, whoami.id)[0]);
      expect((listed.json as { data: { embeds: unknown } }).data.embeds).toEqual([
        { title: 'Your logins', description: '**Facebook**: Grace Hopper' },
      ]);

      const logout = h.command(userId, 'logout');
      const done = await nthEdit(h, logout.token, 1);
      expect(callbacks(h, logout.id).map((r) => r.json)).toEqual([deferEphemeral]);
      expect(done['embeds']).toEqual([{ description: 'You are logged out of Facebook.' }]);
      expect(await h.botlogin.login.listLogins({ platform: 'discord', userId })).toEqual([]);
    });
  });

  describe('when an interaction is not the adapter’s', () => {
    it('should leave it to the bot’s other listeners', async () => {
      const other = h.command('100000000000000010', 'ping');
      const button = h.click('100000000000000010', 'someone-else:button');
      await h.gateway.idle();

      expect(callbacks(h, other.id)).toEqual([]);
      expect(callbacks(h, button.id)).toEqual([]);
    });
  });
});
