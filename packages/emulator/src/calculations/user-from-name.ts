import { createHash } from 'node:crypto';
import type { EmulatorUser } from '../models/emulator-user.js';

/**
 * The user someone becomes by typing `name` on the consent page. The default user keeps their
 * identity; any other name gets a stable id and e-mail derived from it, so two names are two
 * accounts, as they would be at a real provider.
 */
export function userFromName(name: string, defaultUser: EmulatorUser): EmulatorUser {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === defaultUser.name) return defaultUser;

  const digest = createHash('sha256').update(trimmed).digest();
  const id = String(20_000_000 + (digest.readUInt32BE(0) % 70_000_000));
  const local = trimmed
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return { id, name: trimmed, email: `${local || id}@example.test` };
}
