import { describe, expect, it } from 'vitest';
import { readDeliveryHandle, toDeliveryHandle } from './discord-delivery.js';

describe(readDeliveryHandle, () => {
  it('should read back what toDeliveryHandle wrote, through JSON', () => {
    const delivery = {
      applicationId: '1',
      interactionToken: 't',
      tokenExpiresAt: 900_000,
      userId: '2',
      locale: 'de',
    };
    const stored = JSON.parse(JSON.stringify(toDeliveryHandle(delivery)));

    expect(readDeliveryHandle(stored)).toEqual(delivery);
  });

  it('should refuse a handle of another shape', () => {
    expect(() => readDeliveryHandle({ platform: 'discord', data: { chatId: 1 } })).toThrow(
      expect.objectContaining({ code: 'BOTLOGIN_DISCORD_BAD_DELIVERY' }),
    );
  });
});
