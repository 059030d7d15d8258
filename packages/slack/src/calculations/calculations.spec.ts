import { describe, expect, it } from 'vitest';
import { isSlackResponseUrl } from '../actions/post-to-response-url.js';
import {
  readSlackDelivery,
  type SlackDelivery,
  toDeliveryHandle,
} from '../models/slack-delivery.js';
import { chooseProvider } from './choose-provider.js';
import { canUseResponseUrl, ResponseUrlLimit, spendResponseUrl } from './response-url-budget.js';
import { slackChatUser } from './slack-chat-user.js';

const providers = [
  { id: 'facebook', displayName: 'Facebook' },
  { id: 'github', displayName: 'GitHub' },
];

describe(chooseProvider, () => {
  it('should take the only provider without an argument', () => {
    expect(chooseProvider(' ', providers.slice(0, 1))).toEqual({
      kind: 'one',
      providerId: 'facebook',
    });
  });

  it('should ask when several providers are configured', () => {
    expect(chooseProvider('', providers)).toEqual({ kind: 'ask' });
  });

  it('should match ids and display names regardless of case', () => {
    expect(chooseProvider('GITHUB', providers)).toEqual({ kind: 'one', providerId: 'github' });
  });

  it('should report an unknown name', () => {
    expect(chooseProvider('myspace', providers)).toEqual({ kind: 'unknown', given: 'myspace' });
  });
});

describe(slackChatUser, () => {
  it('should tell the same user in two workspaces apart', () => {
    const one = slackChatUser({ enterpriseId: 'E1', teamId: 'T1', userId: 'U1' });
    const two = slackChatUser({ enterpriseId: 'E1', teamId: 'T2', userId: 'U1' });
    expect(one.tenant).toBe('E1/T1');
    expect(two.tenant).toBe('E1/T2');
  });

  it('should use the team alone outside Enterprise Grid', () => {
    expect(slackChatUser({ teamId: 'T1', userId: 'U1' }).tenant).toBe('T1');
  });
});

describe(canUseResponseUrl, () => {
  const fresh: SlackDelivery = {
    target: 'message',
    teamId: 'T1',
    userId: 'U1',
    responseUrl: 'https://hooks.slack.com/commands/x',
    responseUrlIssuedAt: 0,
    responseUrlUses: 0,
  };

  it('should allow five posts', () => {
    let delivery = fresh;
    for (let use = 0; use < ResponseUrlLimit.uses; use++) {
      expect(canUseResponseUrl(delivery, 1000)).toBe(true);
      delivery = spendResponseUrl(delivery);
    }
    expect(canUseResponseUrl(delivery, 1000)).toBe(false);
  });

  it('should stop short of thirty minutes', () => {
    expect(canUseResponseUrl(fresh, ResponseUrlLimit.lifetimeMs - 60_000)).toBe(true);
    expect(canUseResponseUrl(fresh, ResponseUrlLimit.lifetimeMs - 1000)).toBe(false);
  });
});

describe(readSlackDelivery, () => {
  it('should read back what it wrote', () => {
    const delivery = { target: 'home' as const, teamId: 'T1', userId: 'U1', enterpriseId: 'E1' };
    expect(readSlackDelivery(toDeliveryHandle(delivery))).toEqual(delivery);
  });

  it.each([
    [{ platform: 'discord', data: { target: 'home', teamId: 'T', userId: 'U' } }],
    [{ platform: 'slack', data: { target: 'message', teamId: 'T', userId: 'U' } }],
    [{ platform: 'slack', data: { target: 'home', teamId: 3, userId: 'U' } }],
  ])('should refuse a handle it did not write: %j', (handle) => {
    expect(() => readSlackDelivery(handle)).toThrow(
      expect.objectContaining({ code: 'BOTLOGIN_SLACK_BAD_DELIVERY_HANDLE' }),
    );
  });
});

describe(isSlackResponseUrl, () => {
  it.each([
    ['https://hooks.slack.com/commands/T1/1/x', true],
    ['https://hooks.slack-gov.com/actions/T1/1/x', true],
    ['http://hooks.slack.com/commands/T1/1/x', false],
    ['https://hooks.slack.com.evil.test/x', false],
    ['not a url', false],
  ])('%s -> %s', (url, trusted) => {
    expect(isSlackResponseUrl(url)).toBe(trusted);
  });
});
