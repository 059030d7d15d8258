import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/read-config.js';

describe(readConfig.name, () => {
  it('should use the emulator when no Facebook variable is set', () => {
    expect(readConfig({})).toEqual({ port: 3978 });
  });

  it('should use Facebook when both variables are set', () => {
    expect(readConfig({ FACEBOOK_APP_ID: '1', FACEBOOK_CLIENT_TOKEN: 't', PORT: '0' })).toEqual({
      port: 0,
      facebook: { appId: '1', clientToken: 't' },
    });
  });

  it.each([
    [{ FACEBOOK_APP_ID: '1' }, 'Missing FACEBOOK_CLIENT_TOKEN.'],
    [{ FACEBOOK_CLIENT_TOKEN: 't' }, 'Missing FACEBOOK_APP_ID.'],
    [{ PORT: 'eighty' }, 'PORT "eighty" is not a port number'],
  ])('should name the problem in %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
