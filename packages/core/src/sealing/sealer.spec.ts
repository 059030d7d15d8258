import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors/botlogin-error.js';
import { anySession } from '../testing/store-conformance.js';
import { makeKeyCheck, verifyKeyChecks } from './key-check.js';
import { openSession, openStoredLogin, sealSession, sealStoredLogin } from './sealed-records.js';
import { Sealer } from './sealer.js';
import { formatSealingKey, generateSealingKey, parseSealingKeys } from './sealing-key.js';

const keyA = generateSealingKey('a');
const keyB = generateSealingKey('b');

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe(Sealer, () => {
  describe('.seal', () => {
    it('should write the key id and no plaintext', () => {
      const sealed = new Sealer([keyA]).seal('secret-device-code', 'ctx');
      expect(sealed.startsWith('bl1.a.')).toBe(true);
      expect(sealed).not.toContain('secret');
      expect(new Sealer([keyA]).open(sealed, 'ctx')).toBe('secret-device-code');
    });

    it('should use a fresh IV for every value', () => {
      const sealer = new Sealer([keyA]);
      expect(sealer.seal('same', 'ctx')).not.toBe(sealer.seal('same', 'ctx'));
    });
  });

  describe('.open', () => {
    it('should open values of an older key after rotation and seal new ones with the current', () => {
      const old = new Sealer([keyA]).seal('token', 'ctx');
      const rotated = new Sealer([keyB, keyA]);
      expect(rotated.open(old, 'ctx')).toBe('token');
      expect(rotated.isStale(old)).toBe(true);
      expect(rotated.keyIdOf(rotated.seal('token', 'ctx'))).toBe('b');
    });

    it('should refuse a missing key, a wrong key, another context and changed bytes', () => {
      const sealed = new Sealer([keyA]).seal('token', 'ctx');
      const wrongA = { id: 'a', key: keyB.key };
      expect(codeOf(() => new Sealer([keyB]).open(sealed, 'ctx'))).toBe(ErrorCode.CorruptRecord);
      expect(codeOf(() => new Sealer([wrongA]).open(sealed, 'ctx'))).toBe(ErrorCode.CorruptRecord);
      expect(codeOf(() => new Sealer([keyA]).open(sealed, 'other'))).toBe(ErrorCode.CorruptRecord);
      const flipped = `${sealed.slice(0, -3)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-2)}`;
      expect(codeOf(() => new Sealer([keyA]).open(flipped, 'ctx'))).toBe(ErrorCode.CorruptRecord);
      expect(codeOf(() => new Sealer([keyA]).open('plain text', 'ctx'))).toBe(
        ErrorCode.CorruptRecord,
      );
    });
  });

  describe('when configured', () => {
    it('should refuse to exist without a key', () => {
      expect(codeOf(() => new Sealer([]))).toBe(ErrorCode.Configuration);
      expect(codeOf(() => parseSealingKeys(undefined))).toBe(ErrorCode.Configuration);
      expect(codeOf(() => parseSealingKeys('  '))).toBe(ErrorCode.Configuration);
    });

    it('should read keys as id:base64 or id:hex, current first', () => {
      const hex = `b:${Buffer.from(keyB.key).toString('hex')}`;
      const keys = parseSealingKeys(`${formatSealingKey(keyA)}, ${hex}`);
      expect(keys.map((key) => key.id)).toEqual(['a', 'b']);
      expect(Buffer.from(keys[1]?.key ?? []).equals(Buffer.from(keyB.key))).toBe(true);
    });

    it('should refuse short keys, missing ids and repeated ids without echoing the key', () => {
      const error = (() => {
        try {
          parseSealingKeys('a:c2hvcnQta2V5');
        } catch (caught) {
          return caught as Error;
        }
        return undefined;
      })();
      expect(error?.message).not.toContain('c2hvcnQta2V5');
      expect(codeOf(() => parseSealingKeys(Buffer.from(keyA.key).toString('base64')))).toBe(
        ErrorCode.Configuration,
      );
      expect(codeOf(() => new Sealer([keyA, keyA]))).toBe(ErrorCode.Configuration);
    });
  });
});

describe(verifyKeyChecks, () => {
  it('should pass the right keys and name a missing or wrong one at startup', () => {
    const check = makeKeyCheck(new Sealer([keyA]));
    expect(verifyKeyChecks(new Sealer([keyA]), [check])).toBe(true);
    expect(verifyKeyChecks(new Sealer([keyB, keyA]), [check])).toBe(false);
    expect(codeOf(() => verifyKeyChecks(new Sealer([keyB]), [check]))).toBe(
      ErrorCode.Configuration,
    );
    const wrong = new Sealer([{ id: 'a', key: keyB.key }]);
    expect(codeOf(() => verifyKeyChecks(wrong, [check]))).toBe(ErrorCode.Configuration);
  });
});

describe(sealSession, () => {
  it('should seal the device code and delivery handle and read them back', () => {
    const sealer = new Sealer([keyA]);
    const session = anySession({
      delivery: { platform: 'discord', data: { token: 'interaction-token-xyz' } },
    });
    const text = sealSession(sealer, session);
    expect(text).not.toContain(session.deviceCode);
    expect(text).not.toContain('interaction-token-xyz');
    expect(openSession(sealer, session.id, text)).toEqual(session);
    expect(codeOf(() => openSession(sealer, 'another-id', text))).toBe(ErrorCode.CorruptRecord);
  });

  it('should refuse a sealed part moved to another session', () => {
    const sealer = new Sealer([keyA]);
    const text = sealSession(sealer, anySession());
    const other = JSON.parse(sealSession(sealer, anySession({ id: 'other' }))) as object;
    const swapped = JSON.stringify({
      ...other,
      sealed: (JSON.parse(text) as { sealed: string }).sealed,
    });
    expect(codeOf(() => openSession(sealer, 'other', swapped))).toBe(ErrorCode.CorruptRecord);
  });
});

describe(sealStoredLogin, () => {
  it('should seal the token set and read it back', () => {
    const sealer = new Sealer([keyA]);
    const login = {
      providerId: 'facebook',
      tokens: { accessToken: 'EAAB-secret', tokenType: 'bearer', scopes: [], obtainedAt: 5 },
    };
    const text = sealStoredLogin(sealer, 'discord::1', login);
    expect(text).not.toContain('EAAB-secret');
    expect(openStoredLogin(sealer, 'discord::1', 'facebook', text)).toEqual(login);
    expect(codeOf(() => openStoredLogin(sealer, 'discord::2', 'facebook', text))).toBe(
      ErrorCode.CorruptRecord,
    );
  });
});
