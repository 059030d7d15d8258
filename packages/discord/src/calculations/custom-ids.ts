/** Prefix of every custom_id the adapter makes, so it ignores other bots' buttons. */
const prefix = 'botlogin';

/** What a button of the adapter asks for. */
export type ButtonAction =
  | { readonly action: 'cancel'; readonly loginId: string }
  | { readonly action: 'retry'; readonly userId: string; readonly providerId: string };

/**
 * The custom_id of a button: `botlogin:cancel:<loginId>` or
 * `botlogin:retry:<userId>:<providerId>`. Login ids are 12 characters and Discord user ids at
 * most 20 digits, which leaves room for provider ids under Discord's 100-character limit.
 *
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
export function encodeButton(action: ButtonAction): string {
  return action.action === 'cancel'
    ? `${prefix}:cancel:${action.loginId}`
    : `${prefix}:retry:${action.userId}:${action.providerId}`;
}

/** Reads a custom_id back; undefined for ids the adapter did not make. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const [head, action, first, ...rest] = customId.split(':');
  if (head !== prefix || first === undefined || first === '') return undefined;
  if (action === 'cancel' && rest.length === 0) return { action, loginId: first };
  if (action === 'retry' && rest.length > 0) {
    return { action, userId: first, providerId: rest.join(':') };
  }
  return undefined;
}
