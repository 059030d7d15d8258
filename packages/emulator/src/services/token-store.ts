import { randomSecret } from '../calculations/random-secret.js';
import type { EmulatorUser } from '../models/emulator-user.js';
import type { Flavor } from '../models/flavor.js';
import type { IssuedToken } from '../models/issued-token.js';
import type { ResolvedOptions } from '../models/resolved-options.js';

/** What a new token is about. */
export interface TokenSubject {
  flavor: Flavor;
  clientId: string;
  user: EmulatorUser;
  scopes: string[];
  familyId: string;
}

/** Access and refresh tokens handed out, with their lifetimes and revocations. */
export class TokenStore {
  readonly #options: ResolvedOptions;
  readonly #tokens = new Map<string, IssuedToken>();

  constructor(options: ResolvedOptions) {
    this.#options = options;
  }

  /**
   * Issues a token.
   * @param ttlSeconds - lifetime, or `undefined` for a token that does not expire
   * @param prefix - prepended to the random part, e.g. Facebook's `EAA`
   */
  issue(
    kind: IssuedToken['kind'],
    subject: TokenSubject,
    ttlSeconds: number | undefined,
    prefix = '',
  ): IssuedToken {
    const expiresAt =
      ttlSeconds === undefined ? undefined : this.#options.now() + ttlSeconds * 1000;
    const token: IssuedToken = {
      kind,
      ...subject,
      scopes: [...subject.scopes],
      value: `${prefix}${randomSecret()}`,
      expiresAt,
      revoked: false,
    };
    this.#tokens.set(token.value, token);
    return token;
  }

  /** The token if it exists, has this kind and flavor, and is neither revoked nor expired. */
  findValid(value: string, kind: IssuedToken['kind'], flavor: Flavor): IssuedToken | undefined {
    const token = this.#tokens.get(value);
    if (!token || token.kind !== kind || token.flavor !== flavor || token.revoked) return undefined;
    if (token.expiresAt !== undefined && this.#options.now() >= token.expiresAt) return undefined;
    return token;
  }

  /**
   * Revokes a token of `flavor`. Revoking a refresh token also revokes the access tokens of
   * its authorization (RFC 7009 §2.1 lets servers do so, and clients must expect it).
   * Unknown values are ignored, as RFC 7009 §2.2 asks.
   */
  revoke(value: string, flavor: Flavor): void {
    const token = this.#tokens.get(value);
    if (!token || token.flavor !== flavor) return;
    token.revoked = true;
    if (token.kind === 'refresh') this.revokeFamily(token.familyId);
  }

  revokeFamily(familyId: string): void {
    for (const token of this.#tokens.values()) {
      if (token.familyId === familyId) token.revoked = true;
    }
  }
}
