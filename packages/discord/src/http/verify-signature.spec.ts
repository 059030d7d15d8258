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
    expect(verifySignature(key, body, signature, '1700000000')).toBe(true);
  });

  it.each([
    ['another timestamp', signature, '1700000001'],
    ['no signature', undefined, '1700000000'],
    ['a malformed signature', 'zz', '1700000000'],
    ['no timestamp', signature, undefined],
  ])('should refuse %s', (_, sig, timestamp) => {
    expect(verifySignature(key, body, sig, timestamp)).toBe(false);
  });

  it('should refuse a public key that is not 32 bytes of hex', () => {
    expect(() => readPublicKey('abc')).toThrow(
      expect.objectContaining({ code: 'BOTLOGIN_DISCORD_CONFIGURATION' }),
    );
  });
});
