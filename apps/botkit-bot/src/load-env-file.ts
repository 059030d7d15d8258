import { existsSync } from 'node:fs';

/** Loads `.env` from the working directory into `process.env` when there is one. */
export function loadEnvFile(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
