import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigurationError, ErrorCode, StoreError } from '../errors/botlogin-error.js';
import { type SealingKey, sealingKeyBytes } from './sealing-key.js';

/** Marks the format of a sealed value; a later format gets a new prefix. */
const formatTag = 'bl1';
/** NIST SP 800-38D §8.2: a 96-bit random IV per message. */
const ivBytes = 12;
const tagBytes = 16;

/**
 * Seals short secrets (device codes, tokens, delivery handles) with AES-256-GCM before a store
 * writes them. Each sealed value is `bl1.<key id>.<iv>.<ciphertext>.<tag>` in base64url, so
 * keys can be rotated: values sealed with an older key still open as long as that key is
 * configured, and new values always use the current key.
 *
 * `context` is authenticated but not stored (GCM additional data): stores pass the record's
 * identity, so a sealed value copied into another record does not open.
 *
 * @see https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-38d.pdf
 */
export class Sealer {
  readonly #keys: ReadonlyMap<string, Uint8Array>;
  readonly #current: SealingKey;

  /**
   * @param keys - the current key first, then older ones still needed to open values.
   * @throws ConfigurationError when no key is given, an id repeats or a key is not 32 bytes.
   */
  constructor(keys: readonly SealingKey[]) {
    const current = keys[0];
    if (current === undefined) {
      throw new ConfigurationError(
        'A Sealer needs at least one key; stores never write secrets unsealed.',
      );
    }
    const map = new Map<string, Uint8Array>();
    for (const { id, key } of keys) {
      if (map.has(id)) throw new ConfigurationError(`Sealing key id "${id}" is given twice.`);
      if (key.length !== sealingKeyBytes) {
        throw new ConfigurationError(`Sealing key "${id}" must be ${sealingKeyBytes} bytes.`);
      }
      map.set(id, key);
    }
    this.#keys = map;
    this.#current = current;
  }

  /** The id new values are sealed with. */
  get currentKeyId(): string {
    return this.#current.id;
  }

  /** Whether a key with that id is configured. */
  hasKey(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', this.#current.key, iv, {
      authTagLength: tagBytes,
    });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url'));
    return [formatTag, this.#current.id, ...parts].join('.');
  }

  /**
   * @throws StoreError `BOTLOGIN_CORRUPT_RECORD` when the value is not sealed, its key is not
   *   configured, or it fails authentication (a wrong key, a changed byte, another context).
   */
  open(sealed: string, context: string): string {
    const parts = sealed.split('.');
    const [tag, keyId, iv, body, authTag] = parts;
    if (parts.length !== 5 || tag !== formatTag || keyId === undefined) {
      throw new StoreError(ErrorCode.CorruptRecord, 'A stored value is not a sealed value.');
    }
    const key = this.#keys.get(keyId);
    if (key === undefined) {
      throw new StoreError(
        ErrorCode.CorruptRecord,
        `A stored value is sealed with key "${keyId}", which is not configured; add it to the ` +
          'sealing keys (after the current one) until everything is resealed.',
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64url'), {
        authTagLength: tagBytes,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(authTag ?? '', 'base64url'));
      const text = Buffer.concat([
        decipher.update(Buffer.from(body ?? '', 'base64url')),
        decipher.final(),
      ]);
      return text.toString('utf8');
    } catch (error) {
      throw new StoreError(
        ErrorCode.CorruptRecord,
        `A stored value does not open with key "${keyId}": the key is wrong or the value was ` +
          'changed.',
        undefined,
        { cause: error },
      );
    }
  }

  /** The key id a sealed value names, or undefined when it is not a sealed value. */
  keyIdOf(sealed: string): string | undefined {
    const parts = sealed.split('.');
    return parts.length === 5 && parts[0] === formatTag ? parts[1] : undefined;
  }

  /** Whether a value is sealed with an older key and should be resealed. */
  isStale(sealed: string): boolean {
    return this.keyIdOf(sealed) !== this.#current.id;
  }
}
