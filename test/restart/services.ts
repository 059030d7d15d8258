import { connect } from 'node:net';

/** Whether something accepts TCP connections at the URL's host and port. */
function accepts(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || defaultPort) });
    socket.setTimeout(1500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The service URL if it answers. Otherwise the tests fail under CI, and are skipped with a
 * visible message when run by hand (start the services with `scripts/start-services.sh`).
 */
export async function reachable(
  name: string,
  url: string,
  defaultPort: number,
): Promise<string | undefined> {
  if (await accepts(url, defaultPort)) return url;
  const message = `${name} is not reachable; start it with scripts/start-services.sh.`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`SKIPPED: ${message}`);
  return undefined;
}

export const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const databaseUrl =
  process.env['DATABASE_URL'] ?? 'postgres://botlogin:botlogin@127.0.0.1:5432/botlogin';
