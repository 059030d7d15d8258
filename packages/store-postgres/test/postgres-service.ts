import pg from 'pg';

/**
 * The PostgreSQL URL the tests use, if the server answers. Without it the tests fail under CI
 * and are skipped with a visible message otherwise (run `scripts/start-services.sh`).
 */
export async function reachablePostgres(): Promise<string | undefined> {
  const url = process.env['DATABASE_URL'] ?? 'postgres://botlogin:botlogin@127.0.0.1:5432/botlogin';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return url;
  } catch {
    const message = `PostgreSQL is not reachable at ${url.replace(/:[^:@/]*@/, ':***@')}; start it with scripts/start-services.sh.`;
    if (process.env['CI']) throw new Error(message);
    console.warn(`SKIPPED: ${message}`);
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}
