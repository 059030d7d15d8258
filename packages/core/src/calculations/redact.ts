/** Runs of token-like characters this long are masked in provider text we repeat. */
const tokenLikeRun = /[A-Za-z0-9_\-.~+=|]{24,}/g;

/**
 * Masks what could be a secret in free text a provider sent (an `error_description`, a Graph
 * error message) before botlogin repeats it in an error: first every known secret of the call
 * (device code, client secret, client token), then any long token-like run.
 */
export function redactSecrets(text: string, known: readonly (string | undefined)[] = []): string {
  let redacted = text;
  for (const secret of known) {
    if (secret !== undefined && secret.length >= 4)
      redacted = redacted.split(secret).join('[redacted]');
  }
  return redacted.replace(tokenLikeRun, '[redacted]');
}
