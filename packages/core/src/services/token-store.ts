import type { SessionProfile } from '../models/login-session.js';
import type { TokenSet } from '../models/token-set.js';

/** A chat user's tokens with one provider, and who they belong to at the provider. */
export interface StoredLogin {
  readonly providerId: string;
  readonly tokens: TokenSet;
  readonly profile?: SessionProfile;
}

/** Where tokens live, keyed by chat user and provider. */
export interface TokenStore {
  get(chatUserKey: string, providerId: string): Promise<StoredLogin | undefined>;

  /**
   * Saves tokens, keeping the newer: a write whose `tokens.obtainedAt` is older than the
   * stored one's is ignored, so two processes refreshing at once keep the latest token.
   *
   * @returns false when the write was ignored as older.
   */
  put(chatUserKey: string, login: StoredLogin): Promise<boolean>;

  /** Every provider the chat user holds tokens for. */
  list(chatUserKey: string): Promise<StoredLogin[]>;

  delete(chatUserKey: string, providerId: string): Promise<void>;

  close?(): Promise<void>;
}
