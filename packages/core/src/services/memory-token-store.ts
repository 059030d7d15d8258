import type { StoredLogin, TokenStore } from './token-store.js';

/** Tokens in this process's memory; lost on restart. */
export class MemoryTokenStore implements TokenStore {
  readonly #logins = new Map<string, Map<string, string>>();

  async get(chatUserKey: string, providerId: string): Promise<StoredLogin | undefined> {
    return this.#read(chatUserKey, providerId);
  }

  async put(chatUserKey: string, login: StoredLogin): Promise<boolean> {
    // Read and write in one synchronous step: an await between them would let a racing put
    // compare against the same old token and leave the older one in place.
    const current = this.#read(chatUserKey, login.providerId);
    if (current !== undefined && current.tokens.obtainedAt > login.tokens.obtainedAt) return false;
    let byProvider = this.#logins.get(chatUserKey);
    if (byProvider === undefined) {
      byProvider = new Map();
      this.#logins.set(chatUserKey, byProvider);
    }
    byProvider.set(login.providerId, JSON.stringify(login));
    return true;
  }

  async list(chatUserKey: string): Promise<StoredLogin[]> {
    const byProvider = this.#logins.get(chatUserKey);
    if (byProvider === undefined) return [];
    return [...byProvider.values()].map((text) => JSON.parse(text) as StoredLogin);
  }

  async delete(chatUserKey: string, providerId: string): Promise<void> {
    this.#logins.get(chatUserKey)?.delete(providerId);
  }

  #read(chatUserKey: string, providerId: string): StoredLogin | undefined {
    const text = this.#logins.get(chatUserKey)?.get(providerId);
    return text === undefined ? undefined : (JSON.parse(text) as StoredLogin);
  }
}
