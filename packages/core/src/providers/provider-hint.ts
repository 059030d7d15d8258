import { BotloginError, ProviderError } from '../errors/botlogin-error.js';

/**
 * Adds what to do next to a provider's refusal whose `error` has a known fix (GitHub's
 * `device_flow_disabled`, Google's `invalid_scope`); other errors pass through unchanged.
 */
export function withHint(error: unknown, hints: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof ProviderError) || !BotloginError.is(error)) return error;
  const name = error.details.error;
  const hint = name === undefined ? undefined : hints[name];
  if (hint === undefined) return error;
  return new ProviderError(error.code, `${error.message} ${hint}`, error.details, { cause: error });
}
