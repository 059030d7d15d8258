import type { LoginView } from '@botlogin/core';
import { describe, expect, it } from 'vitest';
import { SlackActionId } from '../models/action-ids.js';
import { checkBlockKitLimits } from './check-block-kit-limits.js';
import type { RenderContext } from './render-context.js';
import { renderHomeView } from './render-home-view.js';
import { renderOutcome } from './render-outcome.js';
import { renderPendingCard } from './render-pending-card.js';
import { renderProviderChoice } from './render-provider-choice.js';

const ctx: RenderContext = { providerNames: new Map([['facebook', 'Facebook']]) };

function anyLogin(overrides: Partial<LoginView> = {}): LoginView {
  return {
    id: 'AbCdEfGhIjKl',
    version: 1,
    providerId: 'facebook',
    chatUser: { platform: 'slack', tenant: 'T1', userId: 'U1' },
    chatUserKey: 'slack:T1:U1',
    state: 'pending',
    userCode: 'WDJBMJHT',
    verificationUri: 'https://www.facebook.com/device',
    createdAt: 1_700_000_000_000,
    expiresAt: 1_700_000_420_000,
    interval: 5,
    nextPollAt: 1_700_000_005_000,
    pollCount: 0,
    slowDownCount: 0,
    transientFailures: 0,
    delivered: false,
    ...overrides,
  };
}

const ended = (
  state: LoginView['state'],
  outcome: Partial<NonNullable<LoginView['outcome']>> = {},
) =>
  anyLogin({ state, outcome: { state: state as never, endedAt: 1_700_000_100_000, ...outcome } });

describe(renderPendingCard, () => {
  it('should render the expiry as a Slack date with a UTC fallback', () => {
    const { blocks } = renderPendingCard(anyLogin(), { userId: 'U1' }, ctx);
    expect(JSON.stringify(blocks)).toContain('<!date^1700000420^');
    expect(JSON.stringify(blocks)).toContain('|22:20 UTC>');
  });

  it('should prefer the complete verification URI for the link button', () => {
    const login = anyLogin({ verificationUriComplete: 'https://example.test/device?code=W' });
    const { blocks } = renderPendingCard(login, { userId: 'U1' }, ctx);
    expect(JSON.stringify(blocks)).toContain('"url":"https://example.test/device?code=W"');
  });

  it('should leave out the button and show the link as text when it is too long for Slack', () => {
    const long = `https://example.test/device?x=${'a'.repeat(3000)}`;
    const message = renderPendingCard(anyLogin({ verificationUri: long }), { userId: 'U1' }, ctx);
    expect(JSON.stringify(message.blocks)).not.toContain(SlackActionId.Open);
    expect(checkBlockKitLimits(message)).toEqual([]);
  });

  it('should escape a user code that could inject mrkdwn', () => {
    const message = renderPendingCard(anyLogin({ userCode: '<!here>' }), { userId: 'U1' }, ctx);
    expect(JSON.stringify(message.blocks)).toContain('&lt;!here&gt;');
  });

  it('should escape a hostile user code in the notification text', () => {
    const login = anyLogin({ userCode: '<!channel>&<https://evil.example|x>' });
    const message = renderPendingCard(login, { userId: 'U1' }, ctx);
    expect(message.text).toBe(
      'Log in with Facebook: &lt;!channel&gt;&amp;&lt;https://evil.example|x&gt;',
    );
  });

  it('should show a user code with a backtick exactly, in plain text, not in a code span', () => {
    const login = anyLogin({ userCode: 'AB`*_~:x:`CD' });
    const message = renderPendingCard(login, { userId: 'U1' }, ctx);
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'plain_text', text: 'AB`*_~:x:`CD', emoji: false },
    });
    expect(JSON.stringify(message.blocks.slice(2))).not.toContain('AB`');
    expect(checkBlockKitLimits(message)).toEqual([]);
  });

  it('should stay inside the limits with a provider name of 500 characters', () => {
    const longName: RenderContext = { providerNames: new Map([['facebook', 'F'.repeat(500)]]) };
    const message = renderPendingCard(anyLogin(), { userId: 'U1', command: '/login' }, longName);
    expect(checkBlockKitLimits(message)).toEqual([]);
  });
});

describe(renderOutcome, () => {
  it.each([
    ['approved', 'as *Ada &lt;3*'],
    ['denied', 'declined'],
    ['expired', 'expired'],
    ['cancelled', 'cancelled'],
    ['failed', 'failed: The provider said no'],
  ] as const)('should render %s within the limits', (state, expected) => {
    const login = ended(state, {
      profile: { id: '1', name: 'Ada <3' },
      errorMessage: 'The provider said no',
    });
    const message = renderOutcome(login, ctx);
    expect(message.text).toContain(expected);
    expect(checkBlockKitLimits(message)).toEqual([]);
  });

  it('should escape a profile name that tries to inject a mention', () => {
    const name = '<!channel> [click](https://evil.example)';
    const message = renderOutcome(ended('approved', { profile: { id: '1', name } }), ctx);
    expect(message.text).toContain('&lt;!channel&gt; [click](https://evil.example)');
    expect(JSON.stringify(message)).not.toContain('<!channel>');
  });

  it('should offer Try again after expiry', () => {
    const message = renderOutcome(ended('expired'), ctx);
    expect(JSON.stringify(message.blocks)).toContain(`"action_id":"${SlackActionId.Login}"`);
  });

  it('should shorten a long failure reason', () => {
    const message = renderOutcome(ended('failed', { errorMessage: 'x'.repeat(5000) }), ctx);
    expect(message.text.length).toBeLessThan(300);
  });
});

describe(renderProviderChoice, () => {
  it('should split 30 providers over two actions blocks with distinct action ids', () => {
    const many: RenderContext = {
      providerNames: new Map(Array.from({ length: 30 }, (_, i) => [`p${i}`, `Provider ${i}`])),
    };
    const message = renderProviderChoice(many);
    expect(message.blocks.filter((block) => block.type === 'actions')).toHaveLength(2);
    expect(checkBlockKitLimits(message)).toEqual([]);
  });
});

describe(renderHomeView, () => {
  it('should show each state within the limits of a view', () => {
    const three: RenderContext = {
      providerNames: new Map([
        ['facebook', 'Facebook'],
        ['github', 'GitHub'],
        ['google', 'Google'],
      ]),
    };
    const view = renderHomeView(
      {
        userId: 'U1',
        states: new Map([
          ['facebook', { kind: 'connected', name: 'Ada' }],
          ['github', { kind: 'pending', login: anyLogin({ providerId: 'github' }) }],
        ]),
        banner: renderOutcome(ended('approved'), three),
      },
      three,
    );
    expect(checkBlockKitLimits(view, 'home')).toEqual([]);
    const json = JSON.stringify(view.blocks);
    expect(json).toContain('connected as *Ada*');
    expect(json).toContain('WDJBMJHT');
    expect(json).toContain('*Google*: not connected');
  });
});

describe(checkBlockKitLimits, () => {
  it('should report each broken limit', () => {
    const problems = checkBlockKitLimits({
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        {
          type: 'actions',
          elements: [
            { type: 'button', text: { type: 'plain_text', text: 'b'.repeat(76) }, action_id: 'a' },
            {
              type: 'button',
              text: { type: 'plain_text', text: 'ok' },
              action_id: 'a',
              value: 'v'.repeat(2001),
              url: `https://x.test/${'u'.repeat(3000)}`,
            },
          ],
        },
        ...Array.from({ length: 49 }, () => ({ type: 'divider' })),
      ],
    });
    expect(problems).toHaveLength(6);
  });
});
