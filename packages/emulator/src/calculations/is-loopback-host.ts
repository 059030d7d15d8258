import { isIP } from 'node:net';

/**
 * Tells whether `host` names the local machine only: `localhost`, an address in 127.0.0.0/8,
 * or `::1`. The wildcard addresses (`0.0.0.0`, `::`) are not loopback: they listen everywhere.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
  return false;
}
