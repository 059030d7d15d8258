import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSlackDelivery, SlackActionId } from '../src/index.js';
import { blocksOf, buttonsOf, textOf } from './support/card.js';
import { type Harness, startHarness, waitFor } from './support/harness.js';

const ada = { userId: 'U1', teamId: 'T1' };

describe('registerSlackLogin', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });

  afterEach(async () => {
    expect(h.boltErrors).toEqual([]);
    await h.close();
  });

  describe('/login', () => {
    it('should ack at once, show a private card, and replace it on approval', async () => {
      const started = Date.now();
      const ackd = await h.command({ command: '/login', ...ada });
      expect(ackd.status).toBe(200);
      expect(ackd.body).toBe('');
      expect(Date.now() - started).toBeLessThan(3000);

      const [card] = await waitFor(
        () => h.slack.hook(ackd.responseUrl).length > 0 && h.slack.hook(ackd.responseUrl),
      );
      expect(card).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      const blocks = blocksOf(card!);
      const login = await h.pending(ada);
      const text = textOf(blocks);
      expect(text).toContain(login.userCode);
      expect(text).toMatch(new RegExp(`<!date\\^${Math.floor(login.expiresAt / 1000)}\\^[^|]+\\|`));
      expect(text).toContain('<@U1>');
      expect(text).toContain('Only enter this code if you just asked for it');
      const buttons = buttonsOf(blocks);
      expect(buttons.find((b) => b.action_id === SlackActionId.Open)?.url).toBe(
        login.verificationUriComplete ?? login.verificationUri,
      );
      expect(buttons.find((b) => b.action_id === SlackActionId.Cancel)?.value).toBe(login.id);

      const delivery = readSlackDelivery(login.delivery);
      expect(delivery).toMatchObject({
        target: 'message',
        teamId: 'T1',
        userId: 'U1',
        channelId: 'C1',
        responseUrl: ackd.responseUrl,
        responseUrlUses: 1,
      });

      h.emulator.approve(login.userCode);
      const outcome = await waitFor(() => h.slack.hook(ackd.responseUrl)[1]);
      expect(outcome).toMatchObject({ replace_original: true });
      expect(textOf(blocksOf(outcome))).toContain('as *Ada Lovelace*');
      expect(h.slack.api('chat.postEphemeral')).toEqual([]);
    });

    it('should replace the card with the refusal when the user declines', async () => {
      const { responseUrl } = await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      h.emulator.deny(login.userCode);
      const outcome = await waitFor(() => h.slack.hook(responseUrl)[1]);
      expect(outcome).toMatchObject({ replace_original: true });
      expect(textOf(blocksOf(outcome))).toContain('login was declined');
      expect((await h.botlogin.login.get(login.id))?.state).toBe('denied');
    });

    it('should offer Try again when the code expires, and start afresh from it', async () => {
      const { responseUrl } = await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      h.emulator.expire(login.userCode);
      const outcome = await waitFor(() => h.slack.hook(responseUrl)[1]);
      const blocks = blocksOf(outcome);
      expect(textOf(blocks)).toContain('code expired');
      const retry = buttonsOf(blocks).find((b) => b.action_id === SlackActionId.Login);
      expect(retry?.value).toBe('facebook');

      const click = await h.click({ ...ada, actionId: retry!.action_id, value: retry!.value! });
      expect(click.status).toBe(200);
      const card = await waitFor(() => h.slack.hook(click.responseUrl!)[0]);
      expect(card).toMatchObject({ replace_original: true });
      const again = await h.pending(ada);
      expect(again.id).not.toBe(login.id);
      expect(textOf(blocksOf(card))).toContain(again.userCode);
    });

    it('should show the same code again for a second /login while one is pending', async () => {
      const first = await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      const second = await h.command({ command: '/login', ...ada });
      const card = await waitFor(() => h.slack.hook(second.responseUrl)[0]);
      expect(textOf(blocksOf(card))).toContain(login.userCode);
      const retired = await waitFor(() => h.slack.hook(first.responseUrl)[1]);
      expect(retired).toMatchObject({ replace_original: true });
      expect(textOf(blocksOf(retired))).toContain('newer message');
      const moved = await waitFor(async () => {
        const current = await h.botlogin.login.get(login.id);
        const delivery = readSlackDelivery(current?.delivery);
        return delivery.responseUrl === second.responseUrl && current;
      });
      expect(h.emulator.listPending().filter((code) => code.status === 'pending')).toHaveLength(1);

      h.emulator.approve(moved.userCode);
      const outcome = await waitFor(() => h.slack.hook(second.responseUrl)[1]);
      expect(textOf(blocksOf(outcome))).toContain('Ada Lovelace');
      expect(h.slack.hook(first.responseUrl)).toHaveLength(2);
    });

    it('should name the providers when the argument matches none', async () => {
      const { responseUrl } = await h.command({ command: '/login', text: 'myspace', ...ada });
      const notice = await waitFor(() => h.slack.hook(responseUrl)[0]);
      expect(textOf(blocksOf(notice))).toContain('There is no login called "myspace"');
      expect(h.emulator.listPending()).toEqual([]);
    });
  });

  describe('the Cancel button', () => {
    it('should cancel the login and replace the card through the click', async () => {
      await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      const click = await h.click({ ...ada, actionId: SlackActionId.Cancel, value: login.id });
      expect(click.status).toBe(200);
      const outcome = await waitFor(() => h.slack.hook(click.responseUrl!)[0]);
      expect(outcome).toMatchObject({ replace_original: true });
      expect(textOf(blocksOf(outcome))).toContain('login was cancelled');
      expect((await h.botlogin.login.get(login.id))?.state).toBe('cancelled');
    });

    it("should refuse another user's cancel and leave the login alone", async () => {
      const { responseUrl } = await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      const click = await h.click({
        userId: 'U2',
        teamId: 'T1',
        actionId: SlackActionId.Cancel,
        value: login.id,
      });
      const refusal = await waitFor(() => h.slack.hook(click.responseUrl!)[0]);
      expect(refusal).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
      expect(textOf(blocksOf(refusal))).toContain('Only the person who started this login');
      const after = await h.botlogin.login.get(login.id);
      expect(after?.state).toBe('pending');
      expect(readSlackDelivery(after?.delivery).responseUrl).toBe(responseUrl);
      expect(h.slack.hook(responseUrl)).toHaveLength(1);
    });
  });

  describe('two workspaces', () => {
    it('should keep separate logins for one user in two workspaces', async () => {
      const inOne = { userId: 'U1', teamId: 'T1', enterpriseId: 'E1' };
      const inTwo = { userId: 'U1', teamId: 'T2', enterpriseId: 'E1' };
      const one = await h.command({ command: '/login', ...inOne });
      const first = await h.pending(inOne);
      await h.command({ command: '/login', ...inTwo });
      const second = await h.pending(inTwo);
      expect(second.id).not.toBe(first.id);
      expect(second.userCode).not.toBe(first.userCode);
      expect(first.chatUser.tenant).toBe('E1/T1');
      expect(second.chatUser.tenant).toBe('E1/T2');

      h.emulator.approve(first.userCode);
      await waitFor(() => h.slack.hook(one.responseUrl)[1]);
      expect((await h.botlogin.login.get(second.id))?.state).toBe('pending');

      const whoOne = await h.command({ command: '/whoami', ...inOne });
      const whoTwo = await h.command({ command: '/whoami', ...inTwo });
      expect(textOf(blocksOf(await waitFor(() => h.slack.hook(whoOne.responseUrl)[0])))).toContain(
        'Facebook: *Ada Lovelace*',
      );
      expect(textOf(blocksOf(await waitFor(() => h.slack.hook(whoTwo.responseUrl)[0])))).toContain(
        'You are not logged in',
      );
    });
  });

  describe('/logout and /whoami', () => {
    it('should log out of every provider and say so', async () => {
      const { responseUrl } = await h.command({ command: '/login', ...ada });
      const login = await h.pending(ada);
      h.emulator.approve(login.userCode);
      await waitFor(() => h.slack.hook(responseUrl)[1]);

      const out = await h.command({ command: '/logout', ...ada });
      const notice = await waitFor(() => h.slack.hook(out.responseUrl)[0]);
      expect(textOf(blocksOf(notice))).toContain('You are logged out of Facebook');
      expect(await h.botlogin.login.listLogins(h.chatUser(ada))).toEqual([]);

      const who = await h.command({ command: '/whoami', ...ada });
      const answer = await waitFor(() => h.slack.hook(who.responseUrl)[0]);
      expect(textOf(blocksOf(answer))).toContain('You are not logged in');
    });
  });
});
