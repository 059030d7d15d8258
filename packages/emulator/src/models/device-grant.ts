import type { EmulatorUser } from './emulator-user.js';
import type { Flavor } from './flavor.js';
import type { CodeStatus } from './pending-code.js';
import type { PollLogEntry } from './poll-log-entry.js';

/** The emulator's record of one device authorization (RFC 8628 §3.2), whatever its flavor. */
export interface DeviceGrant {
  readonly flavor: Flavor;
  /** The device code (Facebook calls it `code`); a bearer secret, never logged. */
  readonly deviceCode: string;
  readonly userCode: string;
  readonly clientId: string;
  readonly scopes: string[];
  readonly issuedAt: number;
  expiresAt: number;
  interval: number;
  /** Stored status; expiry by time is applied on read. */
  status: Exclude<CodeStatus, 'expired'> | 'expired';
  /** Time of the previous poll, or of issue before the first one. */
  lastPolledAt: number;
  /** Set on approval. */
  user?: EmulatorUser;
  /** Anti-CSRF token of the consent form. */
  readonly csrf: string;
  readonly polls: PollLogEntry[];
}
