import { ErrorCode, StoreError } from '../errors/botlogin-error.js';
import type { DeliveryHandle, LoginSession } from '../models/login-session.js';
import type { TokenSet } from '../models/token-set.js';
import type { StoredLogin } from '../services/token-store.js';
import type { Sealer } from './sealer.js';

/** The parts of a session that are secret: the device code and the delivery handle. */
interface SessionSecrets {
  readonly deviceCode: string;
  readonly delivery?: DeliveryHandle;
}

const loginStates = new Set(['pending', 'approved', 'denied', 'expired', 'cancelled', 'failed']);

/** The authenticated context of a session's sealed part: its id. */
export function sessionContext(id: string): string {
  return `session:${id}`;
}

/** The authenticated context of a token record: its chat user and provider. */
export function tokenContext(chatUserKey: string, providerId: string): string {
  return `tokens:${chatUserKey}\n${providerId}`;
}

/**
 * A session as JSON text for a store, with the device code and the delivery handle (which may
 * hold a platform token, such as a Discord interaction token) sealed into one `sealed` field.
 */
export function sealSession(sealer: Sealer, session: LoginSession): string {
  const { deviceCode, delivery, ...rest } = session;
  const secrets: SessionSecrets =
    delivery === undefined ? { deviceCode } : { deviceCode, delivery };
  return JSON.stringify({
    ...rest,
    sealed: sealer.seal(JSON.stringify(secrets), sessionContext(session.id)),
  });
}

/**
 * Reads back what `sealSession` wrote.
 *
 * @param id - the id the store filed the record under; a record claiming another id is corrupt.
 * @throws StoreError `BOTLOGIN_CORRUPT_RECORD` when the text is not a session or does not open.
 */
export function openSession(sealer: Sealer, id: string, text: string): LoginSession {
  const record = parseObject(text, id);
  const { sealed, ...rest } = record;
  if (
    rest['id'] !== id ||
    typeof rest['version'] !== 'number' ||
    typeof rest['chatUserKey'] !== 'string' ||
    typeof rest['providerId'] !== 'string' ||
    !loginStates.has(rest['state'] as string) ||
    typeof rest['nextPollAt'] !== 'number' ||
    typeof rest['expiresAt'] !== 'number' ||
    typeof sealed !== 'string'
  ) {
    throw corrupt(id, 'The stored login session is missing fields.');
  }
  const secrets = parseObject(openWith(sealer, sealed, sessionContext(id), id), id);
  if (typeof secrets['deviceCode'] !== 'string') {
    throw corrupt(id, 'The sealed part of the stored login session is malformed.');
  }
  return { ...rest, ...secrets } as unknown as LoginSession;
}

/** Tokens as JSON text for a store: the token set sealed, the profile and times in the clear. */
export function sealStoredLogin(sealer: Sealer, chatUserKey: string, login: StoredLogin): string {
  return JSON.stringify({
    providerId: login.providerId,
    obtainedAt: login.tokens.obtainedAt,
    ...(login.profile === undefined ? {} : { profile: login.profile }),
    sealed: sealer.seal(JSON.stringify(login.tokens), tokenContext(chatUserKey, login.providerId)),
  });
}

/**
 * Reads back what `sealStoredLogin` wrote.
 *
 * @throws StoreError `BOTLOGIN_CORRUPT_RECORD` when the text is not a token record or does not
 *   open.
 */
export function openStoredLogin(
  sealer: Sealer,
  chatUserKey: string,
  providerId: string,
  text: string,
): StoredLogin {
  const recordId = `${chatUserKey}/${providerId}`;
  const record = parseObject(text, recordId);
  if (record['providerId'] !== providerId || typeof record['sealed'] !== 'string') {
    throw corrupt(recordId, 'The stored tokens are missing fields.');
  }
  const tokens = parseObject(
    openWith(sealer, record['sealed'], tokenContext(chatUserKey, providerId), recordId),
    recordId,
  );
  if (typeof tokens['accessToken'] !== 'string' || typeof tokens['obtainedAt'] !== 'number') {
    throw corrupt(recordId, 'The sealed tokens are malformed.');
  }
  return {
    providerId,
    tokens: tokens as unknown as TokenSet,
    ...(record['profile'] === undefined
      ? {}
      : { profile: record['profile'] as StoredLogin['profile'] & object }),
  };
}

/** The key id of the sealed part of a stored record, for finding what needs resealing. */
export function sealedKeyIdOf(sealer: Sealer, text: string): string | undefined {
  try {
    const record = JSON.parse(text) as { sealed?: unknown };
    return typeof record.sealed === 'string' ? sealer.keyIdOf(record.sealed) : undefined;
  } catch {
    return undefined;
  }
}

function openWith(sealer: Sealer, sealed: string, context: string, recordId: string): string {
  try {
    return sealer.open(sealed, context);
  } catch (error) {
    if (StoreError.is(error)) {
      throw new StoreError(ErrorCode.CorruptRecord, error.message, recordId, { cause: error });
    }
    throw error;
  }
}

function parseObject(text: string, recordId: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw corrupt(recordId, 'A stored record is not valid JSON.', error);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw corrupt(recordId, 'A stored record is not a JSON object.');
  }
  return value as Record<string, unknown>;
}

function corrupt(recordId: string, message: string, cause?: unknown): StoreError {
  return new StoreError(
    ErrorCode.CorruptRecord,
    message,
    recordId,
    cause === undefined ? undefined : { cause },
  );
}
