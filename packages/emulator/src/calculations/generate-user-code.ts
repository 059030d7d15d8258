import type { Flavor } from '../models/flavor.js';
import { randomFromAlphabet } from './random-secret.js';

/**
 * Base-20 consonants, the alphabet RFC 8628 §6.1 suggests: no vowels (no accidental words) and
 * nothing easily confused. 20^8 codes give about 34 bits.
 */
const RFC8628_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';

/** Upper-case letters and digits as in Facebook's sample `CMWAW3TM`, minus 0/O and 1/I. */
const FACEBOOK_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A fresh user code in the shape of `flavor`: 8 characters for Facebook, `XXXX-XXXX` for
 * RFC 8628. Uniqueness is the caller's concern.
 */
export function generateUserCode(flavor: Flavor): string {
  if (flavor === 'facebook') return randomFromAlphabet(FACEBOOK_ALPHABET, 8);
  return `${randomFromAlphabet(RFC8628_ALPHABET, 4)}-${randomFromAlphabet(RFC8628_ALPHABET, 4)}`;
}
