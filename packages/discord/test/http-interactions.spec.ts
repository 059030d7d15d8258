import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, HttpEndpoint, rawButton, rawCommand, waitFor } from './support/harness.js';

describe('createInteractionsHandler (HTTP interactions)', () => {
  let h: Harness;
  let endpoint: HttpEndpoint;

  beforeEach(async () => {
    h = await Harness.start();
    endpoint = await HttpEndpoint.start(h);
  });
  afterEach(async () => {
    await endpoint.close();
    await h.close();
  });

  describe('when Discord sends a PING', () => {
    it('should answer PONG', async () => {
      const response = await endpoint.post({ id: '1', type: 1, application_id: '1', token: 't' });

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ type: 1 });
    });
  });

  describe('when a validly signed body is JSON but no interaction', () => {
    it.each(['null', '5', '[]'])('should answer 400 for %s and start nothing', async (text) => {
      const response = await endpoint.postRaw(text);

      expect(response.status).toBe(400);
      expect(h.api.requests).toEqual([]);
    });
  });

  describe('when a validly signed request is older or newer than five minutes', () => {
    it.each([-6, 6])('should answer 401 (%i min) and start nothing', async (minutes) => {
      const issued = h.api.issueInteraction();
      const body = rawCommand({ ...issued, userId: '400000000000000001', name: 'login' });

      const response = await endpoint.postRaw(
        JSON.stringify(body),
        'valid',
        Date.now() + minutes * 60_000,
      );

      expect(response.status).toBe(401);
      await endpoint.login.idle();
      expect(h.emulator.listPending()).toEqual([]);
    });
  });

  describe('when the signature is wrong or missing', () => {
    it.each(['forged', 'none'] as const)(
      'should answer 401 (%s) and start nothing',
      async (how) => {
        const issued = h.api.issueInteraction();
        const body = rawCommand({ ...issued, userId: '400000000000000001', name: 'login' });

        const response = await endpoint.post(body, how);

        expect(response.status).toBe(401);
        await endpoint.login.idle();
        expect(h.api.requests).toEqual([]);
        expect(h.emulator.listPending()).toEqual([]);
        const pending = await h.botlogin.login.findPending(
          { platform: 'discord', userId: '400000000000000001' },
          'facebook',
        );
        expect(pending).toBeUndefined();
      },
    );
  });

  describe('when a signed /login arrives', () => {
    it('should defer in the response body and edit the card through the webhook', async () => {
      const userId = '400000000000000002';
      const issued = h.api.issueInteraction();
      const response = await endpoint.post(rawCommand({ ...issued, userId, name: 'login' }));

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ type: 5, data: { flags: 64 } });
      const login = await h.pendingLogin(userId);
      const card = await waitFor(() => h.api.find('PATCH', new RegExp(issued.token))[0]);
      expect(JSON.stringify(card.json)).toContain(login.userCode);

      h.emulator.approve(login.userCode, { name: 'Ada Lovelace' });
      const outcome = await waitFor(() => h.api.find('PATCH', new RegExp(issued.token))[1]);

      expect((outcome.json as { embeds: unknown }).embeds).toEqual([
        {
          title: 'Logged in',
          description: 'You are logged in with Facebook as **Ada Lovelace**.',
          color: 0x57f287,
          thumbnail: { url: expect.any(String) },
        },
      ]);
    });
  });

  describe('when a signed Cancel click arrives', () => {
    it('should answer DEFERRED_UPDATE_MESSAGE and edit the message to cancelled', async () => {
      const userId = '400000000000000003';
      const issued = h.api.issueInteraction();
      await endpoint.post(rawCommand({ ...issued, userId, name: 'login' }));
      const login = await h.pendingLogin(userId);

      const click = h.api.issueInteraction();
      const customId = `botlogin:cancel:${login.id}`;
      const response = await endpoint.post(rawButton({ ...click, userId, customId }));

      expect(await response.json()).toEqual({ type: 6 });
      const edit = await waitFor(() => h.api.find('PATCH', new RegExp(click.token))[0]);
      expect((edit.json as { embeds: { title: string }[] }).embeds[0]?.title).toBe(
        'Login cancelled',
      );
    });

    it('should refuse another user in the response body, ephemerally', async () => {
      const issued = h.api.issueInteraction();
      await endpoint.post(rawCommand({ ...issued, userId: '400000000000000004', name: 'login' }));
      const login = await h.pendingLogin('400000000000000004');

      const click = h.api.issueInteraction();
      const response = await endpoint.post(
        rawButton({
          ...click,
          userId: '400000000000000099',
          customId: `botlogin:cancel:${login.id}`,
        }),
      );

      expect(await response.json()).toEqual({
        type: 4,
        data: {
          embeds: [
            {
              description:
                'This button belongs to someone else’s login. Use /login to start your own.',
            },
          ],
          components: [],
          attachments: [],
          allowed_mentions: { parse: [] },
          flags: 64,
        },
      });
      expect((await h.botlogin.login.get(login.id))?.state).toBe('pending');
    });
  });

  describe('when the body is not JSON or the method is not POST', () => {
    it('should answer 400 and 405', async () => {
      expect((await fetch(endpoint.url)).status).toBe(405);
      const bad = await endpoint.postRaw('not json');
      expect(bad.status).toBe(400);
    });
  });
});
