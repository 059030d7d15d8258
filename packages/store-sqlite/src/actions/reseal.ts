import {
  openSession,
  openStoredLogin,
  type ResealReport,
  type Sealer,
  sealedKeyIdOf,
  sealSession,
  sealStoredLogin,
} from '@botlogin/core';
import type Database from 'better-sqlite3';

/**
 * Rewrites every session and token sealed with an older key using the current one. Each row is
 * rewritten only if its body is still the one read, so a concurrent write is never undone.
 * Key checks of keys that no longer seal anything are dropped afterwards.
 */
export function resealSqlite(db: Database.Database, sealer: Sealer): ResealReport {
  const corrupt: { id: string; reason: string }[] = [];
  let resealed = 0;
  const stale = (body: string) => sealedKeyIdOf(sealer, body) !== sealer.currentKeyId;

  const sessions = db.prepare('SELECT id, body FROM botlogin_sessions').all() as {
    id: string;
    body: string;
  }[];
  const writeSession = db.prepare(
    'UPDATE botlogin_sessions SET body = ? WHERE id = ? AND body = ?',
  );
  for (const row of sessions.filter((candidate) => stale(candidate.body))) {
    try {
      const body = sealSession(sealer, openSession(sealer, row.id, row.body));
      resealed += writeSession.run(body, row.id, row.body).changes;
    } catch (error) {
      corrupt.push({ id: row.id, reason: (error as Error).message });
    }
  }

  const tokens = db
    .prepare('SELECT chat_user_key, provider_id, body FROM botlogin_tokens')
    .all() as { chat_user_key: string; provider_id: string; body: string }[];
  const writeTokens = db.prepare(
    'UPDATE botlogin_tokens SET body = ? WHERE chat_user_key = ? AND provider_id = ? AND body = ?',
  );
  for (const row of tokens.filter((candidate) => stale(candidate.body))) {
    try {
      const login = openStoredLogin(sealer, row.chat_user_key, row.provider_id, row.body);
      const body = sealStoredLogin(sealer, row.chat_user_key, login);
      resealed += writeTokens.run(body, row.chat_user_key, row.provider_id, row.body).changes;
    } catch (error) {
      corrupt.push({
        id: `${row.chat_user_key}/${row.provider_id}`,
        reason: (error as Error).message,
      });
    }
  }

  if (corrupt.length === 0) {
    db.prepare('DELETE FROM botlogin_key_checks WHERE key_id <> ?').run(sealer.currentKeyId);
  }
  return { resealed, corrupt };
}
