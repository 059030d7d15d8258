import { ConfigurationError } from '@botlogin/core';
import type { Pool } from 'pg';

/**
 * The schema, one step per version, recorded in `<schema>.migrations`. Steps are only ever
 * appended. `$S` stands for the quoted schema name.
 */
const migrations: readonly string[] = [
  `CREATE TABLE $S.sessions (
     id text PRIMARY KEY,
     chat_user_key text NOT NULL,
     provider_id text NOT NULL,
     state text NOT NULL,
     version integer NOT NULL,
     ended_at bigint,
     delivered boolean NOT NULL,
     body text NOT NULL
   );
   CREATE UNIQUE INDEX sessions_one_pending ON $S.sessions (chat_user_key, provider_id)
     WHERE state = 'pending';
   CREATE INDEX sessions_unfinished ON $S.sessions (id) WHERE state = 'pending' OR NOT delivered;
   CREATE INDEX sessions_ended ON $S.sessions (ended_at) WHERE delivered;
   CREATE TABLE $S.tokens (
     chat_user_key text NOT NULL,
     provider_id text NOT NULL,
     obtained_at bigint NOT NULL,
     body text NOT NULL,
     PRIMARY KEY (chat_user_key, provider_id)
   );
   CREATE TABLE $S.key_checks (key_id text PRIMARY KEY, value text NOT NULL);`,
];

/** The schema version this release writes. */
export const schemaVersion = migrations.length;

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The schema name, double-quoted for SQL.
 *
 * @throws ConfigurationError for anything but a lower-case SQL identifier.
 */
export function quoteSchema(name: string): string {
  if (!identifier.test(name)) {
    throw new ConfigurationError(
      `"${name}" is not a usable PostgreSQL schema name: use lower-case letters, digits and _.`,
    );
  }
  return `"${name}"`;
}

/**
 * Creates the schema or brings it forward, in one transaction under an advisory lock, so that
 * bot processes starting together migrate once.
 *
 * @throws ConfigurationError when the database was migrated by a newer release.
 */
export async function migrate(pool: Pool, schema: string): Promise<void> {
  const quoted = quoteSchema(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`botlogin:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${quoted}.migrations (
         version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      `SELECT max(version) AS version FROM ${quoted}.migrations`,
    );
    const current = rows[0]?.version ?? 0;
    if (current > schemaVersion) {
      throw new ConfigurationError(
        `The PostgreSQL schema "${schema}" is at version ${current}, newer than this ` +
          `release's ${schemaVersion}; upgrade @botlogin/store-postgres.`,
      );
    }
    for (const [index, step] of migrations.entries()) {
      if (index < current) continue;
      await client.query(step.replaceAll('$S', quoted));
      await client.query(`INSERT INTO ${quoted}.migrations (version) VALUES ($1)`, [index + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
