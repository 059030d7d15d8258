import { describe, expect, it } from 'vitest';
import { normalizeUserCode } from './normalize-user-code.js';

describe(normalizeUserCode, () => {
  it('should upper-case and drop hyphens and spaces', () => {
    expect(normalizeUserCode(' bdwp-hq pk ')).toBe('BDWPHQPK');
  });

  it('should keep other characters, so a wrong code stays wrong', () => {
    expect(normalizeUserCode('BDWP_HQPK')).toBe('BDWP_HQPK');
  });
});
