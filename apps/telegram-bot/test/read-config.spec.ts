import { describe, expect, it } from 'vitest';
import { describeConfigProblems } from '../src/describe-config-problems.js';
import { readConfig } from '../src/read-config.js';

const complete = {
  TELEGRAM_BOT_TOKEN: '123456:abc',
  FACEBOOK_APP_ID: '42',
  FACEBOOK_CLIENT_TOKEN: 'ct',
};

describe('readConfig', () => {
  it('should name every missing variable', () => {
    const result = readConfig({ FACEBOOK_APP_ID: '42', TELEGRAM_BOT_TOKEN: '  ' });
    expect(result).toEqual({
      ok: false,
      missing: ['TELEGRAM_BOT_TOKEN', 'FACEBOOK_CLIENT_TOKEN'],
      problems: [],
    });
  });

  it('should choose long polling without a webhook URL', () => {
    const result = readConfig(complete);
    expect(result).toEqual({
      ok: true,
      config: {
        telegramToken: '123456:abc',
        facebook: { appId: '42', clientToken: 'ct' },
        qrCode: false,
        logLevel: 'info',
      },
    });
  });

  it('should require https and a valid secret for a webhook', () => {
    const result = readConfig({ ...complete, TELEGRAM_WEBHOOK_URL: 'http://bot.example.com/tg' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'TELEGRAM_WEBHOOK_URL must use https://; Telegram only posts to HTTPS.',
      'TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL: 1-256 characters of ' +
        'A-Z, a-z, 0-9, _ and -.',
    ]);
    expect(describeConfigProblems(result.missing, result.problems)).toContain(
      'TELEGRAM_WEBHOOK_URL must use https://',
    );
  });

  it('should read a webhook set-up', () => {
    const result = readConfig({
      ...complete,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-123',
      PORT: '3000',
    });
    expect(result.ok && result.config.webhook).toEqual({
      url: new URL('https://bot.example.com/telegram'),
      secretToken: 'abc_DEF-123',
      port: 3000,
    });
  });
});
