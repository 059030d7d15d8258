import type { Emulator } from '@botlogin/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderSpec } from '../src/index.js';
import { type EmulatedEngine, emulatedEngine } from './support/emulated-engine.js';
import { alice } from './support/harness.js';

interface Preset {
  readonly name: 'github' | 'google' | 'microsoft';
  readonly spec: (emulator: Emulator) => ProviderSpec;
  readonly profile: { id: string; name: string; email?: string };
}

const presets: readonly Preset[] = [
  {
    name: 'github',
    spec: (emulator) => ({
      type: 'github',
      clientId: emulator.github.clientId,
      clientSecret: emulator.github.clientSecret,
      webBaseUrl: emulator.github.webUrl,
      apiBaseUrl: emulator.github.apiUrl,
    }),
    profile: { id: '10000001', name: 'Ada Lovelace', email: 'ada@example.test' },
  },
  {
    name: 'google',
    spec: (emulator) => ({
      type: 'google',
      clientId: emulator.google.clientId,
      clientSecret: emulator.google.clientSecret,
      oauthBaseUrl: emulator.google.oauthUrl,
      openidBaseUrl: emulator.google.openidUrl,
    }),
    profile: { id: '10000001', name: 'Ada Lovelace', email: 'ada@example.test' },
  },
  {
    name: 'microsoft',
    spec: (emulator) => ({
      type: 'microsoft',
      tenant: 'organizations',
      clientId: emulator.microsoft.clientId,
      authorityBaseUrl: emulator.microsoft.authorityUrl,
      graphBaseUrl: emulator.microsoft.graphUrl,
    }),
    profile: { id: '10000001', name: 'Ada Lovelace', email: 'ada@example.test' },
  },
];

describe.each(presets)('the $name preset against its emulator mode', (preset) => {
  let engine: EmulatedEngine;
  afterEach(async () => engine?.close());

  async function begin() {
    engine = await emulatedEngine(preset.spec);
    const { login } = await engine.bot.login.start({ chatUser: alice, providerId: preset.name });
    const [code] = engine.emulator.listPending();
    if (code === undefined) throw new Error('the emulator issued no code');
    expect(code.flavor).toBe(preset.name);
    expect(login.userCode).toBe(code.userCode);
    expect(login.verificationUri).toBe(`${engine.emulator.url}/device`);
    return { login, userCode: code.userCode };
  }

  it('should complete a whole login with a normalised profile and stored tokens', async () => {
    const { login, userCode } = await begin();
    await engine.until(() => engine.emulator.pollLog(userCode).length >= 1);
    engine.emulator.approve(userCode);
    const outcome = await engine.outcomeOf(login.id);
    expect(outcome.state).toBe('approved');
    expect(outcome.outcome?.profile).toMatchObject(preset.profile);
    const stored = await engine.bot.login.getLogin(alice, preset.name);
    expect(stored.tokens.accessToken.length).toBeGreaterThan(10);
    // A slow test runner may let one more pending poll through before the approval.
    const answers = engine.emulator.pollLog(userCode).map((entry) => entry.answer);
    expect(answers.join(',')).toMatch(/^(authorization_pending,)+access_token$/);
  });

  it('should end denied when the user denies', async () => {
    const { login, userCode } = await begin();
    engine.emulator.deny(userCode);
    expect((await engine.outcomeOf(login.id)).state).toBe('denied');
    expect(engine.emulator.pollLog(userCode).map((entry) => entry.answer)).toEqual([
      'access_denied',
    ]);
  });

  it('should end expired when the code expires, and poll no more', async () => {
    const { login, userCode } = await begin();
    engine.emulator.expire(userCode);
    expect((await engine.outcomeOf(login.id)).state).toBe('expired');
    expect(engine.emulator.pollLog(userCode).map((entry) => entry.answer)).toEqual([
      'expired_token',
    ]);
  });

  it('should slow down by at least 5 s after slow_down and still complete', async () => {
    const { login, userCode } = await begin();
    // The code now asks for 6 s; the engine's first poll at 5 s is too early.
    engine.emulator.setInterval(userCode, 6);
    await engine.until(() => engine.emulator.pollLog(userCode).length >= 1);
    engine.emulator.setInterval(userCode, 10);
    engine.emulator.approve(userCode);
    expect((await engine.outcomeOf(login.id)).state).toBe('approved');
    const log = engine.emulator.pollLog(userCode);
    expect(log.map((entry) => entry.answer).join(',')).toMatch(/^(slow_down,)+access_token$/);
    // After the k-th slow_down the gap is at least 5 + 5k seconds (RFC 8628 §3.5).
    for (let k = 1; k < log.length; k += 1) {
      const gap = ((log[k]?.at ?? 0) - (log[k - 1]?.at ?? 0)) / 1000;
      expect(gap).toBeGreaterThanOrEqual(5 + 5 * k);
    }
  });
});
