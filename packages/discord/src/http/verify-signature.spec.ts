import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readPublicKey, verifySignature } from './verify-signature.js';

const pair = generateKeyPairSync('ed25519');
const hex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const body = Buffer.from('{"type":1}');
const signature = sign(null, Buffer.from(`1700000000${body}`), pair.privateKey).toString('hex');

describe(verifySignature, () => {
  const key = readPublicKey(hex);

  it('should accept Discord’s signature of timestamp + body', () => {
    expect(verifySignature(key, body, signature, '1700000000', 1_700_000_000_000)).toBe(true);
    expect(verifySignature(key, body, signature, '1700000000', 1_700_000_299_000)).toBe(true);
  });

  it.each([
    ['more than five minutes old', 1_700_000_301_000],
    ['more than five minutes ahead', 1_699_999_699_000],
  ])('should refuse a valid signature %s', (_, now) => {
    expect(verifySignature(key, body, signature, '1700000000', now)).toBe(false);
  });

  it.each([
    ['another timestamp', signature, '1700000001'],
    ['no signature', undefined, '1700000000'],
    ['a malformed signature', 'zz', '1700000000'],
    ['no timestamp', signature, undefined],
  ])('should refuse %s', (_, sig, timestamp) => {
    expect(verifySignature(key, body, sig, timestamp, 1_700_000_000_000)).toBe(false);
  });

  it('should refuse a public key that is not 32 bytes of hex', () => {
    expect(() => readPublicKey('abc')).toThrow(
      expect.objectContaining({ code: 'BOTLOGIN_DISCORD_CONFIGURATION' }),
    );
  });
});
