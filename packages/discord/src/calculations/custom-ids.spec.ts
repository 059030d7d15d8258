import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from './custom-ids.js';

describe(encodeButton, () => {
  it('should round-trip cancel and retry actions', () => {
    const cancel = { action: 'cancel', loginId: 'AbCdEfGhIjKl' } as const;
    const retry = { action: 'retry', userId: '12345678901234567890', providerId: 'a:b' } as const;

    expect(decodeButton(encodeButton(cancel))).toEqual(cancel);
    expect(decodeButton(encodeButton(retry))).toEqual(retry);
  });

  it('should fit the longest ids in 100 characters', () => {
    const id = encodeButton({
      action: 'retry',
      userId: '9'.repeat(20),
      providerId: 'p'.repeat(60),
    });
    expect(id.length).toBeLessThanOrEqual(100);
  });

  it.each(['other:cancel:x', 'botlogin:cancel:', 'botlogin:retry:1', 'botlogin:zap:x'])(
    'should not claim %s',
    (customId) => {
      expect(decodeButton(customId)).toBeUndefined();
    },
  );
});
