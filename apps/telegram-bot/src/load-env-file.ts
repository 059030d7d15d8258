import { existsSync } from 'node:fs';

/** Reads `.env` from the working directory if there is one (natively, Node.js 20.12+). */
export function loadEnvFile(path = '.env'): void {
  if (!existsSync(path)) return;
  if (typeof process.loadEnvFile !== 'function') {
    throw new Error('Reading .env needs Node.js 20.12 or later; export the variables instead.');
  }
  process.loadEnvFile(path);
}
