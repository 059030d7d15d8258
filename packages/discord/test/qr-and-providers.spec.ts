import { afterEach, describe, expect, it } from 'vitest';
import { applicationId, Harness, waitFor } from './support/harness.js';

const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('attachDiscordLogin', () => {
  let h: Harness;

  afterEach(async () => {
    await h.close();
  });

  describe('having the QR code enabled', () => {
    it('should attach qr.png to the card and drop it on the outcome', async () => {
      h = await Harness.start({ qrCode: true });
      const userId = '300000000000000001';
      const { token } = h.command(userId, 'login');
      const path = `/webhooks/${applicationId}/${token}/messages/@original`;
      const card = await waitFor(() => h.api.find('PATCH', /./).find((r) => r.path === path));
      const login = await h.pendingLogin(userId);

      expect(card.headers['content-type']).toMatch(/^multipart\/form-data/);
      expect(card.files).toHaveLength(1);
      expect(card.files[0]).toMatchObject({ field: 'files[0]', name: 'qr.png', type: 'image/png' });
      expect(card.files[0]?.bytes.subarray(0, 8)).toEqual(pngMagic);
      const body = card.json as { attachments: unknown; embeds: { image?: unknown }[] };
      expect(body.attachments).toEqual([{ id: 0, filename: 'qr.png' }]);
      expect(body.embeds[0]?.image).toEqual({ url: 'attachment://qr.png' });

      h.emulator.deny(login.userCode);
      const outcome = await waitFor(
        () => h.api.find('PATCH', /./).filter((r) => r.path === path)[1],
        'the outcome edit',
      );
      expect(outcome.files).toEqual([]);
      expect((outcome.json as { attachments: unknown }).attachments).toEqual([]);
    });
  });

  describe('having two providers', () => {
    it('should register /login with a required provider choice', async () => {
      h = await Harness.start({ twoProviders: true });
      await h.gateway.registerCommands({ applicationId, guildId: '2200000000000000002' });

      const put = h.api.find('PUT', /commands$/);
      expect(put.map((r) => r.path)).toEqual([
        `/applications/${applicationId}/guilds/2200000000000000002/commands`,
      ]);
      const [login, logout, whoami] = put[0]!.json as {
        name: string;
        description: string;
        description_localizations: unknown;
        options: unknown[];
      }[];
      expect(login).toMatchObject({
        name: 'login',
        description: 'Log in with your account, privately',
        description_localizations: { de: 'Melde dich mit deinem Konto an, privat' },
        contexts: [0, 1],
        integration_types: [0],
        options: [
          {
            type: 3,
            name: 'provider',
            description: 'Where to log in',
            required: true,
            choices: [
              { name: 'Facebook', value: 'facebook' },
              { name: 'Playground', value: 'playground' },
            ],
          },
        ],
      });
      expect(logout).toMatchObject({ name: 'logout', options: [{ required: false }] });
      expect(whoami).toMatchObject({ name: 'whoami', options: [] });
    });

    it('should log in with the provider chosen', async () => {
      h = await Harness.start({ twoProviders: true });
      const userId = '300000000000000002';
      const { token } = h.command(userId, 'login', { provider: 'playground' });
      const login = await h.pendingLogin(userId, 'playground');
      const card = await waitFor(() => h.api.find('PATCH', new RegExp(token))[0]);

      expect(login.providerId).toBe('playground');
      const embeds = (card.json as { embeds: { title: string }[] }).embeds;
      expect(embeds[0]?.title).toBe('Log in with Playground');
    });

    it('should ask which provider when none is given', async () => {
      h = await Harness.start({ twoProviders: true });
      const { id } = h.command('300000000000000003', 'login');
      const reply = await waitFor(() => h.api.find('POST', new RegExp(`/interactions/${id}/`))[0]);

      expect(reply.json).toMatchObject({
        type: 4,
        data: { flags: 64, embeds: [{ description: 'Choose one of: Facebook, Playground.' }] },
      });
      expect(h.emulator.listPending()).toEqual([]);
    });
  });
});
