import {
  ConfigurationError,
  type CorruptRecord,
  ErrorCode,
  makeKeyCheck,
  type ResealableStore,
  type ResealReport,
  type Sealer,
  StoreError,
  verifyKeyChecks,
} from '@botlogin/core';
import pg from 'pg';
import { migrate, quoteSchema } from './actions/migrate.js';
import { resealPostgres } from './actions/reseal-postgres.js';
import { PostgresSessionStore } from './services/postgres-session-store.js';
import { PostgresTokenStore } from './services/postgres-token-store.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database`; or pass `pool`. */
  readonly url?: string;
  /** A pg pool to use instead of `url`; the caller keeps ownership. */
  readonly pool?: pg.Pool;
  /** Seals device codes, delivery handles and tokens; see `parseSealingKeys` in the core. */
  readonly sealer: Sealer;
  /** Schema holding the tables, created when missing. @defaultValue `botlogin` */
  readonly schema?: string;
  /** Told about each unreadable token record that `tokens.list` skips. */
  readonly onCorrupt?: (record: CorruptRecord) => void;
  /** Connections in the pool it creates. @defaultValue 5 */
  readonly maxConnections?: number;
}

/** The session and token stores on one PostgreSQL pool. */
export interface PostgresStores extends ResealableStore {
  readonly sessions: PostgresSessionStore;
  readonly tokens: PostgresTokenStore;
  readonly pool: pg.Pool;
  reseal(): Promise<ResealReport>;
  close(): Promise<void>;
}

/**
 * Connects, creates or migrates the schema, and checks that the configured sealing keys open
 * what the database holds.
 *
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when a key is missing or wrong, the URL or
 *   schema name is unusable, or the schema comes from a newer release.
 * @throws StoreError `BOTLOGIN_TRANSPORT` when PostgreSQL cannot be reached.
 */
export async function openPostgresStores(options: PostgresStoreOptions): Promise<PostgresStores> {
  if (typeof options?.sealer?.seal !== 'function') {
    throw new ConfigurationError(
      'The PostgreSQL store needs a `sealer` (new Sealer(parseSealingKeys(process.env.' +
        'BOTLOGIN_SEALING_KEYS))): it never writes tokens or device codes unsealed.',
    );
  }
  if (options.pool === undefined && !options.url) {
    throw new ConfigurationError(
      'The PostgreSQL store needs a `url` (postgres://user:password@host:5432/db) or a pool.',
    );
  }
  const schemaName = options.schema ?? 'botlogin';
  const schema = quoteSchema(schemaName);
  const owned = options.pool === undefined;
  const pool =
    options.pool ??
    new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 5,
      connectionTimeoutMillis: 5000,
    });
  // An idle client losing its connection is reported here; the pool replaces it.
  if (owned) pool.on('error', () => {});
  try {
    await ping(pool);
    await migrate(pool, schemaName);
    const { rows } = await pool.query<{ keyId: string; value: string }>(
      `SELECT key_id AS "keyId", value FROM ${schema}.key_checks`,
    );
    if (!verifyKeyChecks(options.sealer, rows)) {
      const check = makeKeyCheck(options.sealer);
      await pool.query(
        `INSERT INTO ${schema}.key_checks (key_id, value) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [check.keyId, check.value],
      );
    }
  } catch (error) {
    if (owned) await pool.end().catch(() => {});
    throw error;
  }

  let closed = false;
  const close = async () => {
    if (closed || !owned) return;
    closed = true;
    await pool.end();
  };
  const sessions = new PostgresSessionStore(pool, schema, options.sealer);
  const tokens = new PostgresTokenStore(pool, schema, options.sealer, options.onCorrupt);
  sessions.closer = close;
  tokens.closer = close;
  return {
    sessions,
    tokens,
    pool,
    reseal: () => resealPostgres(pool, schema, options.sealer),
    close,
  };
}

async function ping(pool: pg.Pool): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    throw new StoreError(
      ErrorCode.Transport,
      'Could not connect to PostgreSQL; check the URL, the password and that the server runs.',
      undefined,
      { cause: error },
    );
  }
}
