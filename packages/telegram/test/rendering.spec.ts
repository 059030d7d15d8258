import type { LoginView } from '@botlogin/core';
import { describe, expect, it } from 'vitest';
import {
  decodeButtonAction,
  encodeButtonAction,
  maxCallbackDataBytes,
} from '../src/calculations/callback-data.js';
import { canBeButtonUrl } from '../src/calculations/can-be-button-url.js';
import { renderOutcome } from '../src/calculations/render-outcome.js';
import { renderPendingCard } from '../src/calculations/render-pending-card.js';
import { loginStartPayload, readLoginStartPayload } from '../src/calculations/start-payload.js';
import { en } from '../src/locales/en.js';
import { messagesFor } from '../src/locales/messages-for.js';
import { maxCaptionLength } from '../src/models/telegram-message.js';

const start = Date.UTC(2026, 0, 2, 13, 58);

function anyLogin(overrides: Partial<LoginView> = {}): LoginView {
  return {
    id: 'AbCdEfGhIjK_',
    version: 1,
    providerId: 'facebook',
    chatUser: { platform: 'telegram', userId: '5001' },
    chatUserKey: 'telegram::5001',
    state: 'pending',
    userCode: 'WDJB-MJHT',
    verificationUri: 'https://example.com/device',
    createdAt: start,
    expiresAt: start + 7 * 60_000,
    interval: 5,
    nextPollAt: start + 5_000,
    pollCount: 0,
    slowDownCount: 0,
    transientFailures: 0,
    delivered: false,
    ...overrides,
  };
}

describe('renderPendingCard', () => {
  it('should render the exact card for a provider without a complete URI', () => {
    const card = renderPendingCard(
      anyLogin(),
      { providerName: 'Facebook', requesterName: 'Ada (@ada)' },
      en,
    );

    expect(card).toEqual({
      text: [
        '<b>Log in with Facebook</b>',
        '',
        'Your code: <code>WDJB-MJHT</code>',
        '<i>(tap the code to copy it)</i>',
        '',
        'Open the login page with the button below and enter the code there.',
        'The code is valid for 7 minutes, until 14:05 UTC.',
        '',
        'Requested by Ada (@ada). Only enter this code if you just asked for it yourself.',
      ].join('\n'),
      parse_mode: 'HTML',
      reply_markup: {
        inline_keyboard: [
          [{ text: 'Open Facebook login', url: 'https://example.com/device' }],
          [{ text: 'Cancel', callback_data: 'bl:c:AbCdEfGhIjK_' }],
        ],
      },
    });
  });

  it('should escape HTML in names and codes but keep the code characters', () => {
    const card = renderPendingCard(
      anyLogin({ userCode: 'A<B&C>' }),
      { providerName: '<Evil & Co>', requesterName: '<b>Mallory</b>' },
      en,
    );

    expect(card.text).toContain('<code>A&lt;B&amp;C&gt;</code>');
    expect(card.text).toContain('<b>Log in with &lt;Evil &amp; Co&gt;</b>');
    expect(card.text).toContain('Requested by &lt;b&gt;Mallory&lt;/b&gt;.');
    const visible = card.text
      .replace(/<[^>]+>/g, '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
    expect(visible).toContain('Your code: A<B&C>');
  });

  it('should fit a photo caption and 64-byte callback data', () => {
    const card = renderPendingCard(
      anyLogin({
        verificationUriComplete: `https://example.com/device?user_code=${'X'.repeat(60)}`,
      }),
      { providerName: 'Facebook', requesterName: 'A'.repeat(64) },
      messagesFor('de'),
    );
    expect(card.text.length).toBeLessThanOrEqual(maxCaptionLength);
    for (const row of card.reply_markup.inline_keyboard) {
      for (const button of row) {
        if ('callback_data' in button) {
          expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(maxCallbackDataBytes);
        }
      }
    }
  });
});

describe('renderOutcome', () => {
  it.each([
    ['approved', '<b>You are logged in to Facebook as Ada Lovelace.</b>'],
    ['denied', '<b>The login to Facebook was declined.</b>'],
    ['cancelled', '<b>The login to Facebook was cancelled.</b>'],
    ['failed', '<b>The login to Facebook failed: the provider could not be reached.</b>'],
  ] as const)('should say %s without buttons', (state, text) => {
    const view = anyLogin({
      state,
      outcome: {
        state,
        endedAt: start,
        profile: { id: '1', name: 'Ada Lovelace' },
        ...(state === 'failed' ? { errorCode: 'BOTLOGIN_TRANSPORT' } : {}),
      },
    });
    expect(renderOutcome(view, 'Facebook', en)).toEqual({
      text,
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [] },
    });
  });
});

describe('canBeButtonUrl', () => {
  it.each([
    ['https://www.facebook.com/device', true],
    ['http://example.com/device', true],
    ['http://127.0.0.1:4000/device', false],
    ['http://localhost:4000/device', false],
    ['http://192.168.1.2/device', false],
    ['http://[::1]:4000/device', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(canBeButtonUrl(url)).toBe(expected);
  });
});

describe('callback data and start payloads', () => {
  it('should round-trip every button action', () => {
    for (const action of [
      { kind: 'cancel', loginId: 'AbCdEfGhIjK_' },
      { kind: 'choose', providerId: 'facebook' },
      { kind: 'retry', providerId: 'rfc8628' },
    ] as const) {
      expect(decodeButtonAction(encodeButtonAction(action))).toEqual(action);
    }
    expect(decodeButtonAction('something-else')).toBeUndefined();
  });

  it('should refuse a provider id that would pass 64 bytes', () => {
    expect(() => encodeButtonAction({ kind: 'choose', providerId: 'p'.repeat(60) })).toThrow(
      expect.objectContaining({ code: 'BOTLOGIN_CONFIGURATION' }),
    );
  });

  it('should write payloads of at most 64 characters from A-Za-z0-9_-', () => {
    expect(loginStartPayload('facebook')).toBe('login-facebook');
    expect(loginStartPayload('my.provider')).toBe('login');
    expect(loginStartPayload('x'.repeat(80))).toBe('login');
    expect(readLoginStartPayload('login-facebook')).toEqual({ providerId: 'facebook' });
    expect(readLoginStartPayload('login')).toEqual({ providerId: undefined });
    expect(readLoginStartPayload('ref-123')).toBeUndefined();
  });
});
