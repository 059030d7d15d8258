/** What the argument of a login or logout command names. */
export type ProviderChoice =
  | { readonly kind: 'one'; readonly providerId: string }
  | { readonly kind: 'ask' }
  | { readonly kind: 'unknown'; readonly given: string };

/**
 * Reads the provider named after a command (`/login facebook`), by id or display name, ignoring
 * case. Without an argument the only provider is chosen, or the user is asked when there are
 * several.
 */
export function chooseProvider(
  argument: string,
  providers: readonly { readonly id: string; readonly displayName: string }[],
): ProviderChoice {
  const given = argument.trim();
  if (given === '') {
    const only = providers.length === 1 ? providers[0] : undefined;
    return only === undefined ? { kind: 'ask' } : { kind: 'one', providerId: only.id };
  }
  const wanted = given.toLowerCase();
  const found = providers.find(
    ({ id, displayName }) => id.toLowerCase() === wanted || displayName.toLowerCase() === wanted,
  );
  return found === undefined ? { kind: 'unknown', given } : { kind: 'one', providerId: found.id };
}
