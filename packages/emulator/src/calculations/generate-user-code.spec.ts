import { describe, expect, it } from 'vitest';
import { generateUserCode } from './generate-user-code.js';

describe(generateUserCode, () => {
  it('should make RFC 8628 codes as XXXX-XXXX of base-20 consonants', () => {
    for (let i = 0; i < 50; i += 1) {
      expect(generateUserCode('rfc8628')).toMatch(
        /^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/,
      );
    }
  });

  it('should make Facebook codes of 8 upper-case letters and digits without 0, O, 1, I', () => {
    for (let i = 0; i < 50; i += 1) {
      expect(generateUserCode('facebook')).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    }
  });
});
