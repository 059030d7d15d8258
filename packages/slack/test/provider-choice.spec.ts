import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksOf, buttonsOf, textOf } from './support/card.js';
import { type Harness, startHarness, waitFor } from './support/harness.js';

const ada = { userId: 'U1', teamId: 'T1' };

describe('with two providers and renamed commands', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({
      twoProviders: true,
      commands: { login: '/signin', logout: '/signout', whoami: '/me' },
    });
  });

  afterEach(async () => {
    expect(h.boltErrors).toEqual([]);
    await h.close();
  });

  it('should ask which provider, then start the chosen one in place of the question', async () => {
    const { responseUrl } = await h.command({ command: '/signin', ...ada });
    const question = await waitFor(() => h.slack.hook(responseUrl)[0]);
    const buttons = buttonsOf(blocksOf(question));
    expect(buttons.map((b) => [b.text.text, b.value])).toEqual([
      ['Log in with Facebook', 'facebook'],
      ['Log in with Emulator ID', 'emulator'],
    ]);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(2);

    const click = await h.click({ ...ada, actionId: buttons[1]!.action_id, value: 'emulator' });
    const card = await waitFor(() => h.slack.hook(click.responseUrl!)[0]);
    expect(card).toMatchObject({ replace_original: true });
    const login = await waitFor(() => h.botlogin.login.findPending(h.chatUser(ada), 'emulator'));
    const text = textOf(blocksOf(card));
    expect(text).toContain(login.userCode);
    expect(text).toContain('Log in with Emulator ID');
  });

  it('should take the provider as an argument', async () => {
    const { responseUrl } = await h.command({ command: '/signin', text: 'Facebook', ...ada });
    const card = await waitFor(() => h.slack.hook(responseUrl)[0]);
    expect(textOf(blocksOf(card))).toContain('Log in with Facebook');
    expect(await h.botlogin.login.findPending(h.chatUser(ada), 'emulator')).toBe(undefined);
  });
});
