import { ConfigurationError } from '@botlogin/core';
import type Database from 'better-sqlite3';

/**
 * The schema, one step per version; `PRAGMA user_version` records how many have run. Steps are
 * only ever appended, so a file written by an older release is brought forward in place.
 */
const migrations: readonly string[] = [
  `CREATE TABLE botlogin_sessions (
     id TEXT PRIMARY KEY,
     chat_user_key TEXT NOT NULL,
     provider_id TEXT NOT NULL,
     state TEXT NOT NULL,
     version INTEGER NOT NULL,
     ended_at INTEGER,
     delivered INTEGER NOT NULL,
     body TEXT NOT NULL
   );
   -- At most one pending login per chat user and provider, enforced by the database.
   CREATE UNIQUE INDEX botlogin_sessions_one_pending
     ON botlogin_sessions (chat_user_key, provider_id) WHERE state = 'pending';
   CREATE INDEX botlogin_sessions_unfinished
     ON botlogin_sessions (id) WHERE state = 'pending' OR delivered = 0;
   CREATE INDEX botlogin_sessions_ended ON botlogin_sessions (ended_at) WHERE delivered = 1;
   CREATE TABLE botlogin_tokens (
     chat_user_key TEXT NOT NULL,
     provider_id TEXT NOT NULL,
     obtained_at INTEGER NOT NULL,
     body TEXT NOT NULL,
     PRIMARY KEY (chat_user_key, provider_id)
   );
   CREATE TABLE botlogin_key_checks (key_id TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

/** The schema version this release writes. */
export const schemaVersion = migrations.length;

/**
 * Brings the database to the current schema in one transaction.
 *
 * @throws ConfigurationError when the file was written by a newer release.
 */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > schemaVersion) {
      throw new ConfigurationError(
        `The SQLite file has schema version ${current}, newer than this release's ` +
          `${schemaVersion}; upgrade @botlogin/store-sqlite.`,
      );
    }
    for (const step of migrations.slice(current)) db.exec(step);
    db.pragma(`user_version = ${schemaVersion}`);
  }).immediate();
}
