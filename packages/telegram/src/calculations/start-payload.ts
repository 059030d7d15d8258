/** Telegram's limit on a deep-link `start` parameter. @see https://core.telegram.org/bots/features#deep-linking */
export const maxStartPayloadLength = 64;

/**
 * The `start` payload that begins a login in the private chat: `login`, or `login-<provider>`
 * when the provider id uses only the characters a payload allows (`A-Za-z0-9_`, with `-`
 * reserved as our separator) and fits. A provider id that does not fit asks in the chat instead.
 */
export function loginStartPayload(providerId?: string): string {
  if (providerId === undefined) return 'login';
  const payload = `login-${providerId}`;
  return /^[A-Za-z0-9_]+$/.test(providerId) && payload.length <= maxStartPayloadLength
    ? payload
    : 'login';
}

/**
 * Reads a payload written by {@link loginStartPayload}.
 *
 * @returns `{ providerId }` (undefined when the user is to choose), or undefined when the
 *   payload is not a login payload.
 */
export function readLoginStartPayload(
  payload: string,
): { readonly providerId: string | undefined } | undefined {
  const match = /^login(?:-([A-Za-z0-9_]+))?$/.exec(payload.trim());
  if (match === null) return undefined;
  return { providerId: match[1] };
}

/** The `https://t.me/<bot>?start=<payload>` link that opens the private chat with the bot. */
export function deepLink(botUsername: string, payload: string): string {
  return `https://t.me/${encodeURIComponent(botUsername)}?start=${payload}`;
}
