import {
  ConfigurationError,
  type CorruptRecord,
  makeKeyCheck,
  type ResealableStore,
  type ResealReport,
  type Sealer,
  verifyKeyChecks,
} from '@botlogin/core';
import Database from 'better-sqlite3';
import { migrate } from './actions/migrate.js';
import { resealSqlite } from './actions/reseal.js';
import { SqliteSessionStore } from './services/sqlite-session-store.js';
import { SqliteTokenStore } from './services/sqlite-token-store.js';

export interface SqliteStoreOptions {
  /** Path of the database file, created when missing; `:memory:` for a throwaway one. */
  readonly file: string;
  /** Seals device codes, delivery handles and tokens; see `parseSealingKeys` in the core. */
  readonly sealer: Sealer;
  /** Told about each unreadable token record that `tokens.list` skips. */
  readonly onCorrupt?: (record: CorruptRecord) => void;
  /** Milliseconds to wait for another process's write lock. @defaultValue 5000 */
  readonly busyTimeoutMs?: number;
}

/** The session and token stores on one SQLite file. */
export interface SqliteStores extends ResealableStore {
  readonly sessions: SqliteSessionStore;
  readonly tokens: SqliteTokenStore;
  /** The better-sqlite3 handle, for backups and inspection. */
  readonly db: Database.Database;
  reseal(): Promise<ResealReport>;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the SQLite file, migrates its schema, and checks that the configured
 * sealing keys open what it holds. Several processes may open the same file: WAL mode lets
 * them read while one writes, and every write is a single atomic statement.
 *
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when a key is missing or wrong, or the
 *   file comes from a newer release.
 */
export function openSqliteStores(options: SqliteStoreOptions): SqliteStores {
  if (typeof options?.sealer?.seal !== 'function') {
    throw new ConfigurationError(
      'The SQLite store needs a `sealer` (new Sealer(parseSealingKeys(process.env.' +
        'BOTLOGIN_SEALING_KEYS))): it never writes tokens or device codes unsealed.',
    );
  }
  const db = new Database(options.file, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    const checks = db.prepare('SELECT key_id AS keyId, value FROM botlogin_key_checks').all() as {
      keyId: string;
      value: string;
    }[];
    if (!verifyKeyChecks(options.sealer, checks)) {
      const check = makeKeyCheck(options.sealer);
      db.prepare('INSERT OR IGNORE INTO botlogin_key_checks (key_id, value) VALUES (?, ?)').run(
        check.keyId,
        check.value,
      );
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const sessions = new SqliteSessionStore(db, options.sealer);
  const tokens = new SqliteTokenStore(db, options.sealer, options.onCorrupt);
  return {
    sessions,
    tokens,
    db,
    reseal: async () => resealSqlite(db, options.sealer),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
