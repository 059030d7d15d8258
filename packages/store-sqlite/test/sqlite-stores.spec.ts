import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  anySession,
  describeStoreConformance,
  ErrorCode,
  generateSealingKey,
  Sealer,
} from '@botlogin/core';
import * as vitest from 'vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStores, type SqliteStores } from '../src/index.js';

const keyA = generateSealingKey('a');
const keyB = generateSealingKey('b');
const directories: string[] = [];

function freshFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'botlogin-sqlite-'));
  directories.push(directory);
  return join(directory, 'botlogin.db');
}

afterEach(() => {
  for (const directory of directories.splice(0))
    rmSync(directory, { recursive: true, force: true });
});

describeStoreConformance(vitest, 'SQLite stores', async () => {
  const file = freshFile();
  const opened: SqliteStores[] = [];
  const open = () => {
    const stores = openSqliteStores({ file, sealer: new Sealer([keyA]) });
    opened.push(stores);
    return stores;
  };
  const admin = open();
  return {
    connect: async () => open(),
    corruptSession: async (id) => {
      admin.db.prepare('UPDATE botlogin_sessions SET body = \'{"id":\' WHERE id = ?').run(id);
    },
    corruptTokens: async (chatUserKey, providerId) => {
      admin.db
        .prepare(
          "UPDATE botlogin_tokens SET body = 'garbage' WHERE chat_user_key = ? AND provider_id = ?",
        )
        .run(chatUserKey, providerId);
    },
    dispose: async () => {
      for (const stores of opened) await stores.close();
    },
  };
});

async function codeOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

/** Every byte SQLite wrote for the database: the file, its WAL and any journal. */
function bytesOf(file: string): Buffer {
  const directory = join(file, '..');
  return Buffer.concat(readdirSync(directory).map((name) => readFileSync(join(directory, name))));
}

describe('openSqliteStores', () => {
  describe('when writing secrets', () => {
    it('should leave no device code, token or delivery token in plaintext on disk', async () => {
      const file = freshFile();
      const stores = openSqliteStores({ file, sealer: new Sealer([keyA]) });
      const session = anySession({
        deviceCode: 'DEVICE-CODE-PLAINTEXT-91b2',
        delivery: { platform: 'discord', data: { token: 'INTERACTION-TOKEN-PLAINTEXT-5c1' } },
      });
      await stores.sessions.insert(session);
      await stores.sessions.update({ ...session, version: 2, pollCount: 1 });
      await stores.tokens.put('discord::1', {
        providerId: 'facebook',
        tokens: {
          accessToken: 'ACCESS-TOKEN-PLAINTEXT-77de',
          refreshToken: 'REFRESH-TOKEN-PLAINTEXT-0a9f',
          idToken: 'ID-TOKEN-PLAINTEXT-31c3',
          tokenType: 'bearer',
          scopes: ['email'],
          obtainedAt: 1,
        },
      });
      const before = bytesOf(file);
      await stores.close();
      for (const bytes of [before, bytesOf(file)]) {
        for (const secret of [
          'DEVICE-CODE',
          'INTERACTION-TOKEN',
          'ACCESS-TOKEN',
          'REFRESH-TOKEN',
          'ID-TOKEN',
        ]) {
          expect(bytes.includes(secret)).toBe(false);
        }
        expect(bytes.includes('WDJBMJHT')).toBe(true);
      }
    });
  });

  describe('when started with the wrong keys', () => {
    it('should refuse a missing or different key at startup', async () => {
      const file = freshFile();
      await openSqliteStores({ file, sealer: new Sealer([keyA]) }).close();
      expect(await codeOf(() => openSqliteStores({ file, sealer: new Sealer([keyB]) }))).toBe(
        ErrorCode.Configuration,
      );
      const impostor = new Sealer([{ id: 'a', key: keyB.key }]);
      expect(await codeOf(() => openSqliteStores({ file, sealer: impostor }))).toBe(
        ErrorCode.Configuration,
      );
    });
  });

  describe('.reseal', () => {
    it('should move every value to the new key so the old one can be dropped', async () => {
      const file = freshFile();
      const old = openSqliteStores({ file, sealer: new Sealer([keyA]) });
      await old.sessions.insert(anySession());
      await old.tokens.put('discord::1', {
        providerId: 'facebook',
        tokens: { accessToken: 'token', tokenType: 'bearer', scopes: [], obtainedAt: 1 },
      });
      await old.close();

      const rotated = openSqliteStores({ file, sealer: new Sealer([keyB, keyA]) });
      expect(await rotated.sessions.get(anySession().id)).toEqual(anySession());
      await rotated.tokens.put('discord::2', {
        providerId: 'facebook',
        tokens: { accessToken: 'new', tokenType: 'bearer', scopes: [], obtainedAt: 1 },
      });
      expect(await rotated.reseal()).toEqual({ resealed: 2, corrupt: [] });
      expect(await rotated.reseal()).toEqual({ resealed: 0, corrupt: [] });
      await rotated.close();

      const onlyNew = openSqliteStores({ file, sealer: new Sealer([keyB]) });
      expect(await onlyNew.sessions.get(anySession().id)).toEqual(anySession());
      expect((await onlyNew.tokens.get('discord::1', 'facebook'))?.tokens.accessToken).toBe(
        'token',
      );
      await onlyNew.close();
    });
  });

  describe('when the schema is newer than this release', () => {
    it('should refuse to open the file', async () => {
      const file = freshFile();
      const stores = openSqliteStores({ file, sealer: new Sealer([keyA]) });
      stores.db.pragma('user_version = 99');
      await stores.close();
      expect(await codeOf(() => openSqliteStores({ file, sealer: new Sealer([keyA]) }))).toBe(
        ErrorCode.Configuration,
      );
    });
  });
});

describe('openSqliteStores without a sealer', () => {
  it('should refuse to start rather than write secrets in the clear', async () => {
    const options = { file: freshFile() } as unknown as Parameters<typeof openSqliteStores>[0];
    expect(await codeOf(() => openSqliteStores(options))).toBe(ErrorCode.Configuration);
  });
});
