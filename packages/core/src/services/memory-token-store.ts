import type { StoredLogin, TokenStore } from './token-store.js';

/** Tokens in this process's memory; lost on restart. */
export class MemoryTokenStore implements TokenStore {
  readonly #logins = new Map<string, Map<string, string>>();

  async get(chatUserKey: string, providerId: string): Promise<StoredLogin | undefined> {
    const text = this.#logins.get(chatUserKey)?.get(providerId);
    return text === undefined ? undefined : (JSON.parse(text) as StoredLogin);
  }

  async put(chatUserKey: string, login: StoredLogin): Promise<boolean> {
    const current = await this.get(chatUserKey, login.providerId);
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
}
