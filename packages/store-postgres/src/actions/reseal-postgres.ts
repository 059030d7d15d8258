import {
  openSession,
  openStoredLogin,
  type ResealReport,
  type Sealer,
  sealedKeyIdOf,
  sealSession,
  sealStoredLogin,
} from '@botlogin/core';
import type { Pool } from 'pg';

/**
 * Rewrites every session and token sealed with an older key using the current one. Each row is
 * replaced only if its body is still the one read, so a write by a running bot is never undone.
 * Key checks of retired keys are dropped when nothing failed.
 *
 * @param schema - the quoted schema name.
 */
export async function resealPostgres(
  pool: Pool,
  schema: string,
  sealer: Sealer,
): Promise<ResealReport> {
  const corrupt: { id: string; reason: string }[] = [];
  let resealed = 0;
  const stale = (body: string) => sealedKeyIdOf(sealer, body) !== sealer.currentKeyId;

  const sessions = await pool.query<{ id: string; body: string }>(
    `SELECT id, body FROM ${schema}.sessions`,
  );
  for (const row of sessions.rows.filter((candidate) => stale(candidate.body))) {
    try {
      const body = sealSession(sealer, openSession(sealer, row.id, row.body));
      const result = await pool.query(
        `UPDATE ${schema}.sessions SET body = $1 WHERE id = $2 AND body = $3`,
        [body, row.id, row.body],
      );
      resealed += result.rowCount ?? 0;
    } catch (error) {
      corrupt.push({ id: row.id, reason: (error as Error).message });
    }
  }

  const tokens = await pool.query<{ chat_user_key: string; provider_id: string; body: string }>(
    `SELECT chat_user_key, provider_id, body FROM ${schema}.tokens`,
  );
  for (const row of tokens.rows.filter((candidate) => stale(candidate.body))) {
    try {
      const login = openStoredLogin(sealer, row.chat_user_key, row.provider_id, row.body);
      const result = await pool.query(
        `UPDATE ${schema}.tokens SET body = $1
         WHERE chat_user_key = $2 AND provider_id = $3 AND body = $4`,
        [
          sealStoredLogin(sealer, row.chat_user_key, login),
          row.chat_user_key,
          row.provider_id,
          row.body,
        ],
      );
      resealed += result.rowCount ?? 0;
    } catch (error) {
      corrupt.push({
        id: `${row.chat_user_key}/${row.provider_id}`,
        reason: (error as Error).message,
      });
    }
  }

  if (corrupt.length === 0) {
    await pool.query(`DELETE FROM ${schema}.key_checks WHERE key_id <> $1`, [sealer.currentKeyId]);
  }
  return { resealed, corrupt };
}
