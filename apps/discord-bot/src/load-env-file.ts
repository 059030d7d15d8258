import { existsSync } from 'node:fs';

/** Loads `.env` from the working directory when there is one (Node 20.12+ reads it natively). */
export function loadEnvFile(path = '.env'): void {
  if (!existsSync(path)) return;
  if (typeof process.loadEnvFile !== 'function') {
    throw new Error('Reading .env needs Node.js 20.12 or later; export the variables instead.');
  }
  process.loadEnvFile(path);
}
