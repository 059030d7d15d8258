import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../errors/botlogin-error.js';

/** Bytes of an AES-256 key. */
export const sealingKeyBytes = 32;

/** One AES-256-GCM key and the id that marks every value sealed with it. */
export interface SealingKey {
  /** Short name written in front of each sealed value: letters, digits, `_` and `-`. */
  readonly id: string;
  /** 32 secret bytes. */
  readonly key: Uint8Array;
}

const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Reads keys written as `id:base64` (or `id:hex`), separated by commas; the first is the current
 * key that seals new values, the others only open old ones. This is the format of the
 * `BOTLOGIN_SEALING_KEYS` variable the apps read.
 *
 * @example `parseSealingKeys('2026b:q3W…=,2026a:Zx0…=')`
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` when the text is empty, an id repeats or a
 *   key is not 32 bytes. The message never repeats the key material.
 */
export function parseSealingKeys(text: string | undefined): SealingKey[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) {
    throw new ConfigurationError(
      'No sealing key is configured: set BOTLOGIN_SEALING_KEYS to "<id>:<32 bytes in base64>" ' +
        "(make one with `node -e \"console.log(require('crypto').randomBytes(32)" +
        ".toString('base64'))\"`). Stores never write tokens or device codes unsealed.",
    );
  }
  return entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    if (!keyIdPattern.test(id)) {
      throw new ConfigurationError(
        `Sealing key #${index + 1} needs an id of up to 32 letters, digits, "_" or "-" before ` +
          'a colon, as in "2026a:<base64 key>".',
      );
    }
    return { id, key: decodeKey(entry.slice(colon + 1), id) };
  });
}

/** A fresh random key, for `generateSealingKey('2026a')` in a setup script. */
export function generateSealingKey(id: string): SealingKey {
  if (!keyIdPattern.test(id)) {
    throw new ConfigurationError(`"${id}" is not a valid sealing key id.`);
  }
  return { id, key: randomBytes(sealingKeyBytes) };
}

/** The `id:base64` text of a key, as `parseSealingKeys` reads it. */
export function formatSealingKey(key: SealingKey): string {
  return `${key.id}:${Buffer.from(key.key).toString('base64')}`;
}

function decodeKey(text: string, id: string): Uint8Array {
  const trimmed = text.trim();
  let bytes: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) bytes = Buffer.from(trimmed, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) bytes = Buffer.from(trimmed, 'base64');
  if (bytes?.length !== sealingKeyBytes) {
    throw new ConfigurationError(
      `Sealing key "${id}" must be ${sealingKeyBytes} bytes in base64 or hex; it is not.`,
    );
  }
  return bytes;
}
