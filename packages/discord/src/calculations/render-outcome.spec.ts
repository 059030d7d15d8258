import type { LoginView } from '@botlogin/core';
import { describe, expect, it } from 'vitest';
import { renderLoginCard } from './render-login-card.js';
import { renderOutcome } from './render-outcome.js';

function anyLogin(overrides: Partial<LoginView> = {}): LoginView {
  return {
    id: 'AbCdEfGhIjKl',
    version: 2,
    providerId: 'facebook',
    chatUser: { platform: 'discord', userId: '123' },
    chatUserKey: 'discord::123',
    state: 'pending',
    userCode: 'CMWAW3TM',
    verificationUri: 'https://www.facebook.com/device',
    createdAt: 0,
    expiresAt: 420_000,
    interval: 5,
    nextPollAt: 5_000,
    pollCount: 0,
    slowDownCount: 0,
    transientFailures: 0,
    delivered: false,
    ...overrides,
  };
}

describe(renderOutcome, () => {
  it('should give a short reason for a failure, never the raw message', () => {
    const login = anyLogin({
      state: 'failed',
      outcome: { state: 'failed', endedAt: 1, errorCode: 'BOTLOGIN_TRANSPORT', errorMessage: 'x' },
    });

    const message = renderOutcome(login, { locale: 'en-GB', providerName: 'Facebook' });

    expect(message.embeds[0]?.description).toBe(
      'The login with Facebook failed: Facebook could not be reached. Try again in a moment.',
    );
    expect(message.components).toEqual([]);
  });

  it('should escape and shorten a hostile profile name', () => {
    const name = `**bold**${'x'.repeat(300)}`;
    const login = anyLogin({
      state: 'approved',
      outcome: { state: 'approved', endedAt: 1, profile: { id: '1', name } },
    });

    const text = renderOutcome(login, { locale: 'fr', providerName: 'Facebook' }).embeds[0]
      ?.description;

    const escaped = '\\*\\*bold\\*\\*';
    expect(text?.startsWith(`You are logged in with Facebook as **${escaped}xxx`)).toBe(true);
    expect(text?.endsWith('x…**.')).toBe(true);
  });
});

describe(renderLoginCard, () => {
  it('should fall back to the bare verification page when no complete URI is given', () => {
    const message = renderLoginCard(anyLogin(), { locale: 'en-US', providerName: 'Facebook' });

    expect(message.components[0]?.components[0]).toMatchObject({
      url: 'https://www.facebook.com/device',
    });
    expect(message.qrCode).toBeUndefined();
  });
});
