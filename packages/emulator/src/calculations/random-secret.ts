import { randomBytes, randomInt } from 'node:crypto';

/** A URL-safe random string carrying `bytes` bytes of entropy (device codes, tokens). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** `length` characters drawn uniformly from `alphabet`. */
export function randomFromAlphabet(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}
