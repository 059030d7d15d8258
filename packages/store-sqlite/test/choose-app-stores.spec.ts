import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, MemorySessionStore } from '@botlogin/core';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAppStores, missingStoreVariables } from '../src/index.js';

describe('chooseAppStores', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('should open SQLite by default and say where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'botlogin-choose-'));
    dirs.push(dir);
    const file = join(dir, 'bot.db');
    const key = `k1:${randomBytes(32).toString('base64')}`;
    const stores = chooseAppStores({ BOTLOGIN_DB: file, BOTLOGIN_SEALING_KEYS: key });
    expect(stores.description).toBe(`Stores: SQLite at ${file}.`);
    expect(stores.sessionStore).not.toBeInstanceOf(MemorySessionStore);
    await stores.close();
  });

  it('should keep memory stores when asked, and say why', () => {
    expect(chooseAppStores({ BOTLOGIN_STORE: 'memory' }).description).toContain(
      'in memory (BOTLOGIN_STORE=memory)',
    );
    expect(chooseAppStores({}, { memoryBecause: 'emulator mode' }).description).toContain(
      'in memory (emulator mode)',
    );
  });

  it('should refuse an unknown BOTLOGIN_STORE and a missing key with configuration errors', () => {
    expect(() => chooseAppStores({ BOTLOGIN_STORE: 'mongo' })).toThrow(ConfigurationError);
    expect(() => chooseAppStores({})).toThrow(/BOTLOGIN_SEALING_KEYS/);
  });

  it('should name the sealing key as missing unless memory is chosen', () => {
    expect(missingStoreVariables({})).toEqual(['BOTLOGIN_SEALING_KEYS']);
    expect(missingStoreVariables({ BOTLOGIN_STORE: 'memory' })).toEqual([]);
    expect(missingStoreVariables({ BOTLOGIN_SEALING_KEYS: 'k1:x' })).toEqual([]);
  });
});
