import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackActionId } from '../src/index.js';
import { blocksOf, buttonsOf, textOf } from './support/card.js';
import { type Harness, startHarness, waitFor } from './support/harness.js';

const ada = { userId: 'U1', teamId: 'T1' };

describe('the App Home tab', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });

  afterEach(async () => {
    expect(h.boltErrors).toEqual([]);
    await h.close();
  });

  const publishes = (count: number) =>
    waitFor(() => h.slack.api('views.publish').length >= count && h.slack.api('views.publish'));

  it('should show the state and take the user through login and logout', async () => {
    expect((await h.openHome(ada)).status).toBe(200);
    const [first] = await publishes(1);
    expect(first).toMatchObject({ user_id: 'U1', view: { type: 'home' } });
    const login = buttonsOf(blocksOf(first!, 'home')).find((b) => b.value === 'facebook');
    expect(textOf(blocksOf(first!, 'home'))).toContain('*Facebook*: not connected');
    expect(login?.action_id).toBe(SlackActionId.Login);

    await h.click({ ...ada, home: true, actionId: login!.action_id, value: 'facebook' });
    const pendingView = (await publishes(2))[1]!;
    const pending = await h.pending(ada);
    const pendingBlocks = blocksOf(pendingView, 'home');
    expect(textOf(pendingBlocks)).toContain(pending.userCode);
    expect(buttonsOf(pendingBlocks).find((b) => b.action_id === SlackActionId.Cancel)?.value).toBe(
      pending.id,
    );

    h.emulator.approve(pending.userCode);
    const doneView = (await publishes(3))[2]!;
    const doneBlocks = blocksOf(doneView, 'home');
    expect(textOf(doneBlocks)).toContain('You are logged in with Facebook as *Ada Lovelace*');
    expect(textOf(doneBlocks)).toContain('*Facebook*: connected as *Ada Lovelace*');
    const logout = buttonsOf(doneBlocks).find((b) => b.action_id === SlackActionId.Logout);
    expect(logout?.value).toBe('facebook');

    await h.click({ ...ada, home: true, actionId: logout!.action_id, value: 'facebook' });
    const outView = (await publishes(4))[3]!;
    expect(textOf(blocksOf(outView, 'home'))).toContain('*Facebook*: not connected');
    expect(await h.botlogin.login.listLogins(h.chatUser(ada))).toEqual([]);
    expect(h.slack.calls.filter((call) => call.kind === 'hook')).toEqual([]);
  });

  it('should cancel a login from the tab', async () => {
    await h.click({ ...ada, home: true, actionId: SlackActionId.Login, value: 'facebook' });
    const pending = await h.pending(ada);
    await h.click({ ...ada, home: true, actionId: SlackActionId.Cancel, value: pending.id });
    const view = await waitFor(() =>
      h.slack.api('views.publish').find((body) => textOf([body]).includes('was cancelled')),
    );
    expect(textOf(blocksOf(view, 'home'))).toContain('*Facebook*: not connected');
    expect((await h.botlogin.login.get(pending.id))?.state).toBe('cancelled');
  });
});
