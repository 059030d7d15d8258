import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import { DiscordError, DiscordErrorCode } from '../errors/discord-error.js';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the 32 raw key bytes. */
const ed25519SpkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * Reads the application's public key as the Developer Portal shows it (64 hex characters).
 *
 * @throws DiscordError `BOTLOGIN_DISCORD_CONFIGURATION` when it is not such a key.
 * @see https://www.rfc-editor.org/rfc/rfc8410#section-4
 */
export function readPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) {
    throw new DiscordError(
      DiscordErrorCode.Configuration,
      'The Discord public key should be the 64 hex characters from General Information › ' +
        'Public Key in the Developer Portal.',
    );
  }
  return createPublicKey({
    key: Buffer.concat([ed25519SpkiPrefix, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * Checks Discord's Ed25519 signature of an interaction request, made over the
 * `X-Signature-Timestamp` header followed by the raw body.
 *
 * A timestamp more than five minutes from `now` is refused too, so a captured request cannot be
 * replayed later.
 *
 * @returns false for a missing, malformed or wrong signature, or a stale timestamp.
 * @see https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
/** How far a request's signed timestamp may be from now. */
const maxClockSkewMs = 5 * 60 * 1000;

export function verifySignature(
  key: KeyObject,
  rawBody: Buffer,
  signature: string | undefined,
  timestamp: string | undefined,
  now: number = Date.now(),
): boolean {
  if (signature === undefined || timestamp === undefined) return false;
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp) * 1000) > maxClockSkewMs) return false;
  if (!/^[0-9a-f]{128}$/i.test(signature)) return false;
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]);
  try {
    return verify(null, message, key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}
