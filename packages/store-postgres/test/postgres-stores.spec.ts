import { randomBytes } from 'node:crypto';
import {
  anySession,
  describeStoreConformance,
  ErrorCode,
  generateSealingKey,
  Sealer,
} from '@botlogin/core';
import pg from 'pg';
import * as vitest from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStores, type PostgresStores } from '../src/index.js';
import { reachablePostgres } from './postgres-service.js';

const url = await reachablePostgres();
const keyA = generateSealingKey('a');
const keyB = generateSealingKey('b');
/** One schema prefix per test file run, so parallel files and runs never share tables. */
const filePrefix = `t_${randomBytes(4).toString('hex')}`;
const admin = url === undefined ? undefined : new pg.Pool({ connectionString: url, max: 2 });
const schemas: string[] = [];

function freshSchema(): string {
  const schema = `${filePrefix}_${schemas.length}`;
  schemas.push(schema);
  return schema;
}

afterAll(async () => {
  if (admin === undefined) return;
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
});

async function codeOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe.runIf(url !== undefined)('PostgreSQL stores', () => {
  const databaseUrl = url ?? '';
  const db = admin as pg.Pool;

  describeStoreConformance(vitest, 'PostgresSessionStore + PostgresTokenStore', async () => {
    const schema = freshSchema();
    const opened: PostgresStores[] = [];
    return {
      connect: async () => {
        const stores = await openPostgresStores({
          url: databaseUrl,
          sealer: new Sealer([keyA]),
          schema,
        });
        opened.push(stores);
        return stores;
      },
      corruptSession: async (id) => {
        await db.query(`UPDATE "${schema}".sessions SET body = '{"id":' WHERE id = $1`, [id]);
      },
      corruptTokens: async (chatUserKey, providerId) => {
        await db.query(
          `UPDATE "${schema}".tokens SET body = 'garbage'
           WHERE chat_user_key = $1 AND provider_id = $2`,
          [chatUserKey, providerId],
        );
      },
      dispose: async () => {
        for (const stores of opened) await stores.close();
      },
    };
  });

  describe('openPostgresStores', () => {
    it('should leave no device code or token in plaintext in any row', async () => {
      const schema = freshSchema();
      const stores = await openPostgresStores({
        url: databaseUrl,
        sealer: new Sealer([keyA]),
        schema,
      });
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
          tokenType: 'bearer',
          scopes: [],
          obtainedAt: 1,
        },
      });
      const { rows: tables } = await db.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
        [schema],
      );
      let text = '';
      for (const { table_name: table } of tables) {
        const { rows } = await db.query(`SELECT * FROM "${schema}"."${table}"`);
        text += JSON.stringify(rows);
      }
      for (const secret of ['DEVICE-CODE', 'INTERACTION-TOKEN', 'ACCESS-TOKEN', 'REFRESH-TOKEN']) {
        expect(text.includes(secret)).toBe(false);
      }
      expect(text.includes('WDJBMJHT')).toBe(true);
      await stores.close();
    });

    it('should refuse a missing or different key at startup', async () => {
      const schema = freshSchema();
      const open = (sealer: Sealer) => openPostgresStores({ url: databaseUrl, sealer, schema });
      await (await open(new Sealer([keyA]))).close();
      expect(await codeOf(() => open(new Sealer([keyB])))).toBe(ErrorCode.Configuration);
      const impostor = new Sealer([{ id: 'a', key: keyB.key }]);
      expect(await codeOf(() => open(impostor))).toBe(ErrorCode.Configuration);
    });

    it('should reseal everything with the new key so the old one can be dropped', async () => {
      const schema = freshSchema();
      const open = (sealer: Sealer) => openPostgresStores({ url: databaseUrl, sealer, schema });
      const old = await open(new Sealer([keyA]));
      await old.sessions.insert(anySession());
      await old.tokens.put('discord::1', {
        providerId: 'facebook',
        tokens: { accessToken: 'token', tokenType: 'bearer', scopes: [], obtainedAt: 1 },
      });
      await old.close();
      const rotated = await open(new Sealer([keyB, keyA]));
      expect(await rotated.reseal()).toEqual({ resealed: 2, corrupt: [] });
      await rotated.close();
      const onlyNew = await open(new Sealer([keyB]));
      expect(await onlyNew.sessions.get(anySession().id)).toEqual(anySession());
      expect((await onlyNew.tokens.get('discord::1', 'facebook'))?.tokens.accessToken).toBe(
        'token',
      );
      await onlyNew.close();
    });

    it('should migrate once when processes start together, and refuse a newer schema', async () => {
      const schema = freshSchema();
      const open = () =>
        openPostgresStores({ url: databaseUrl, sealer: new Sealer([keyA]), schema });
      const all = await Promise.all([open(), open(), open()]);
      for (const stores of all) await stores.close();
      await db.query(`INSERT INTO "${schema}".migrations (version) VALUES (99)`);
      expect(await codeOf(open)).toBe(ErrorCode.Configuration);
    });

    it('should say so when PostgreSQL cannot be reached', async () => {
      const unreachable = () =>
        openPostgresStores({
          url: 'postgres://botlogin:botlogin@127.0.0.1:1/botlogin',
          sealer: new Sealer([keyA]),
        });
      expect(await codeOf(unreachable)).toBe(ErrorCode.Transport);
    });
  });
});
