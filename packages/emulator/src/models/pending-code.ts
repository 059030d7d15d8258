import type { Flavor } from './flavor.js';

/**
 * Where a device code stands. `expired` is also reported once `expiresAt` has passed, and
 * `consumed` once the token endpoint has handed out a token for it.
 */
export type CodeStatus = 'pending' | 'approved' | 'denied' | 'expired' | 'consumed';

/** A device code as the emulator's control API reports it. */
export interface PendingCode {
  /** The code as it was issued, e.g. `CMWAW3TM` (Facebook) or `BDWP-HQPK` (RFC 8628). */
  userCode: string;
  flavor: Flavor;
  clientId: string;
  scopes: string[];
  /** Epoch milliseconds on the emulator's clock. */
  expiresAt: number;
  /** Seconds the client must wait between polls; grows by 5 after each RFC 8628 `slow_down`. */
  interval: number;
  status: CodeStatus;
}
