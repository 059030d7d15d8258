import { ConfigurationError } from '../errors/botlogin-error.js';
import type { Sealer } from './sealer.js';

/** The plaintext of every key check; what matters is that it opens. */
const checkText = 'botlogin-sealing-key-check';
const checkContext = 'key-check';

/**
 * A small value sealed with the current key, which a store keeps next to its data so that the
 * next start can tell a wrong key from a corrupt record.
 */
export function makeKeyCheck(sealer: Sealer): { keyId: string; value: string } {
  return { keyId: sealer.currentKeyId, value: sealer.seal(checkText, checkContext) };
}

/**
 * Verifies, at startup, that the configured keys open what the store holds: every stored key
 * check must name a configured key and open with it.
 *
 * @returns whether a check for the current key is among them (if not, the store writes one).
 * @throws ConfigurationError `BOTLOGIN_CONFIGURATION` naming the key that is missing or wrong.
 */
export function verifyKeyChecks(
  sealer: Sealer,
  checks: readonly { keyId: string; value: string }[],
): boolean {
  let hasCurrent = false;
  for (const check of checks) {
    if (!sealer.hasKey(check.keyId)) {
      throw new ConfigurationError(
        `The store holds values sealed with key "${check.keyId}", which is not configured. ` +
          'Add it to the sealing keys after the current key, then reseal the store before ' +
          'removing it.',
      );
    }
    let opened: string | undefined;
    try {
      opened = sealer.open(check.value, checkContext);
    } catch {
      opened = undefined;
    }
    if (opened !== checkText) {
      throw new ConfigurationError(
        `Sealing key "${check.keyId}" is not the key the store's values were sealed with; ` +
          'configure the original key under that id.',
      );
    }
    if (check.keyId === sealer.currentKeyId) hasCurrent = true;
  }
  return hasCurrent;
}

/** What a store's `reseal()` did. */
export interface ResealReport {
  /** Records rewritten with the current key. */
  readonly resealed: number;
  /** Records that could not be opened and were left as they are. */
  readonly corrupt: readonly { readonly id: string; readonly reason: string }[];
}

/** A store whose sealed values can be moved to the current key. */
export interface ResealableStore {
  /**
   * Rewrites every value sealed with an older key using the current one, and forgets the key
   * checks of keys no value uses any more, so those keys can be dropped from configuration.
   */
  reseal(): Promise<ResealReport>;
}
