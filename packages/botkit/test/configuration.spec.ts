import { createBotlogin } from '@botlogin/core';
import { describe, expect, it } from 'vitest';
import { botloginPlugin } from '../src/index.js';

const botlogin = createBotlogin({
  providers: [
    { type: 'facebook', appId: '1', clientToken: 't', graphBaseUrl: 'http://127.0.0.1:9' },
  ],
});

describe(botloginPlugin.name, () => {
  describe('when misconfigured', () => {
    it.each([
      ['no engine', {}],
      ['an empty word list', { login: botlogin.login, words: { login: [] } }],
      ['a word with a space', { login: botlogin.login, words: { whoami: ['who am i'] } }],
      ['one word for two commands', { login: botlogin.login, words: { logout: ['cancel'] } }],
      ['an unknown default provider', { login: botlogin.login, defaultProviderId: 'github' }],
    ])('should throw a configuration error for %s', (_case, options) => {
      expect(() => botloginPlugin(options as never)).toThrow(
        expect.objectContaining({ code: 'BOTLOGIN_CONFIGURATION' }),
      );
    });
  });
});
