import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  anySession,
  ConfigurationError,
  formatSealingKey,
  generateSealingKey,
} from '@botlogin/core';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSealingKeyCommand, openSqliteStoresFromEnv } from '../src/index.js';

const directories: string[] = [];

function freshFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'botlogin-sqlite-env-'));
  directories.push(directory);
  return join(directory, 'bot.db');
}

afterEach(() => {
  for (const directory of directories.splice(0))
    rmSync(directory, { recursive: true, force: true });
});

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe(openSqliteStoresFromEnv, () => {
  describe('when BOTLOGIN_SEALING_KEYS is missing', () => {
    it('should name the variable and give the command that makes a key', () => {
      for (const value of [undefined, '', '   ']) {
        const error = errorOf(() =>
          openSqliteStoresFromEnv({ BOTLOGIN_DB: freshFile(), BOTLOGIN_SEALING_KEYS: value }),
        );
        expect(error.code).toBe('BOTLOGIN_CONFIGURATION');
        expect(error.message).toContain('BOTLOGIN_SEALING_KEYS');
        expect(error.message).toContain(makeSealingKeyCommand);
      }
    });
  });

  describe('when BOTLOGIN_SEALING_KEYS is malformed', () => {
    it('should say so without repeating the key material', () => {
      for (const value of ['k1:c2hvcnQ=', 'no-colon-here', ':abc']) {
        const error = errorOf(() =>
          openSqliteStoresFromEnv({ BOTLOGIN_DB: freshFile(), BOTLOGIN_SEALING_KEYS: value }),
        );
        expect(error.message).toContain('BOTLOGIN_SEALING_KEYS is malformed');
        expect(error.message).toContain(makeSealingKeyCommand);
        expect(error.message).not.toContain('c2hvcnQ=');
      }
    });
  });

  describe('when the key is valid', () => {
    it('should keep sessions and tokens across a close and a reopen of BOTLOGIN_DB', async () => {
      const env = {
        BOTLOGIN_DB: freshFile(),
        BOTLOGIN_SEALING_KEYS: formatSealingKey(generateSealingKey('k1')),
      };
      const first = openSqliteStoresFromEnv(env);
      expect(first.file).toBe(env.BOTLOGIN_DB);
      const session = anySession({ deviceCode: 'DEVICE-CODE-ROUND-TRIP' });
      await first.sessions.insert(session);
      await first.tokens.put('discord::1', {
        providerId: 'facebook',
        tokens: { accessToken: 'at-round-trip', tokenType: 'bearer', scopes: [], obtainedAt: 1 },
      });
      await first.close();

      const second = openSqliteStoresFromEnv(env);
      try {
        expect((await second.sessions.get(session.id))?.deviceCode).toBe('DEVICE-CODE-ROUND-TRIP');
        expect((await second.tokens.get('discord::1', 'facebook'))?.tokens.accessToken).toBe(
          'at-round-trip',
        );
      } finally {
        await second.close();
      }
    });
  });

  describe('when the file was created with another key', () => {
    it('should refuse to open it and name the file and the variable', async () => {
      const file = freshFile();
      await openSqliteStoresFromEnv({
        BOTLOGIN_DB: file,
        BOTLOGIN_SEALING_KEYS: formatSealingKey(generateSealingKey('k1')),
      }).close();
      for (const other of [generateSealingKey('k1'), generateSealingKey('k2')]) {
        const error = errorOf(() =>
          openSqliteStoresFromEnv({
            BOTLOGIN_DB: file,
            BOTLOGIN_SEALING_KEYS: formatSealingKey(other),
          }),
        );
        expect(error.code).toBe('BOTLOGIN_CONFIGURATION');
        expect(error.message).toContain(file);
        expect(error.message).toContain('BOTLOGIN_SEALING_KEYS');
        expect(error.message).toContain('"k1"');
      }
    });
  });

  describe('when the folder of BOTLOGIN_DB does not exist', () => {
    it('should throw a ConfigurationError naming BOTLOGIN_DB', () => {
      const file = join(freshFile(), '..', 'missing-folder', 'bot.db');
      const error = errorOf(() =>
        openSqliteStoresFromEnv({
          BOTLOGIN_DB: file,
          BOTLOGIN_SEALING_KEYS: formatSealingKey(generateSealingKey('k1')),
        }),
      );
      expect(error.message).toContain('BOTLOGIN_DB');
    });
  });
});
