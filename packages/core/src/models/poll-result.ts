import type { BotloginError } from '../errors/botlogin-error.js';
import type { TokenSet } from './token-set.js';

/**
 * What one poll of the token endpoint means, whatever the provider's wire format.
 *
 * Pending and slow down are states of a login, not errors (RFC 8628 §3.5).
 */
export type PollResult =
  | { readonly kind: 'pending' }
  | { readonly kind: 'slow_down'; readonly interval?: number }
  | { readonly kind: 'granted'; readonly tokens: TokenSet }
  | { readonly kind: 'denied' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'transient'; readonly reason: string; readonly retryAfter?: number }
  | { readonly kind: 'fatal'; readonly error: BotloginError };

export type PollResultKind = PollResult['kind'];
