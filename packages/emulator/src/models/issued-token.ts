import type { EmulatorUser } from './emulator-user.js';
import type { Flavor } from './flavor.js';

/** An access or refresh token the emulator has handed out. */
export interface IssuedToken {
  readonly kind: 'access' | 'refresh';
  readonly flavor: Flavor;
  readonly value: string;
  readonly clientId: string;
  readonly user: EmulatorUser;
  readonly scopes: string[];
  /** Groups the tokens of one authorization, so revoking a refresh token ends its family. */
  readonly familyId: string;
  /** Epoch milliseconds, or `undefined` for no expiry. */
  readonly expiresAt: number | undefined;
  revoked: boolean;
}
