import { generateUserCode } from '../calculations/generate-user-code.js';
import { normalizeUserCode } from '../calculations/normalize-user-code.js';
import { randomSecret } from '../calculations/random-secret.js';
import type { DeviceGrant } from '../models/device-grant.js';
import type { EmulatorUser } from '../models/emulator-user.js';
import type { Flavor } from '../models/flavor.js';
import type { CodeStatus, PendingCode } from '../models/pending-code.js';
import type { PollAnswer, PollLogEntry } from '../models/poll-log-entry.js';
import type { ResolvedOptions } from '../models/resolved-options.js';

/** What a poll amounts to, before a mode puts it into its wire format. */
export type PollOutcome =
  | { kind: 'pending' }
  | { kind: 'slow_down' }
  | { kind: 'denied' }
  | { kind: 'expired' }
  | { kind: 'consumed' }
  | { kind: 'approved'; grant: DeviceGrant; user: EmulatorUser };

/**
 * Every device code the emulator has issued, and the state machine behind the token endpoint
 * (RFC 8628 §3.5): pending until the user decides, one token per approval, and terminal states
 * that stay terminal.
 */
export class DeviceGrantStore {
  readonly #options: ResolvedOptions;
  readonly #grants: DeviceGrant[] = [];

  constructor(options: ResolvedOptions) {
    this.#options = options;
  }

  /** Issues a device code and a user code unique among all codes issued so far. */
  issue(flavor: Flavor, clientId: string, scopes: string[]): DeviceGrant {
    const now = this.#options.now();
    const { expiresIn, interval } = this.#options.codeDefaults[flavor];
    let userCode = generateUserCode(flavor);
    while (this.findByUserCode(userCode)) userCode = generateUserCode(flavor);

    const grant: DeviceGrant = {
      flavor,
      deviceCode: randomSecret(),
      userCode,
      clientId,
      scopes,
      issuedAt: now,
      expiresAt: now + expiresIn * 1000,
      interval,
      status: 'pending',
      lastPolledAt: now,
      csrf: randomSecret(),
      polls: [],
    };
    this.#grants.push(grant);
    return grant;
  }

  /** Finds a code the way a person types it: any case, hyphens and spaces ignored. */
  findByUserCode(input: string): DeviceGrant | undefined {
    const wanted = normalizeUserCode(input);
    if (wanted === '') return undefined;
    return this.#grants.find((grant) => normalizeUserCode(grant.userCode) === wanted);
  }

  findByDeviceCode(flavor: Flavor, deviceCode: string): DeviceGrant | undefined {
    return this.#grants.find((grant) => grant.flavor === flavor && grant.deviceCode === deviceCode);
  }

  /** The grant's status with its lifetime applied: an unused code past `expiresAt` is expired. */
  statusOf(grant: DeviceGrant): CodeStatus {
    const open = grant.status === 'pending' || grant.status === 'approved';
    if (open && this.#options.now() >= grant.expiresAt) grant.status = 'expired';
    return grant.status;
  }

  /**
   * Applies one token-endpoint poll. Terminal states answer before the interval check, so a
   * client that stops at the first terminal answer never sees them disguised as `slow_down`.
   * @param slowDownIncrement - seconds added to the interval on `slow_down` (RFC 8628 §3.5: 5)
   */
  poll(grant: DeviceGrant, slowDownIncrement: number): PollOutcome {
    const status = this.statusOf(grant);
    if (status === 'expired' || status === 'consumed' || status === 'denied') {
      return { kind: status };
    }

    const now = this.#options.now();
    const tooEarly = now - grant.lastPolledAt < grant.interval * 1000;
    grant.lastPolledAt = now;
    if (this.#options.enforceInterval && tooEarly) {
      grant.interval += slowDownIncrement;
      return { kind: 'slow_down' };
    }

    if (status === 'approved' && grant.user) {
      grant.status = 'consumed';
      return { kind: 'approved', grant, user: grant.user };
    }
    return { kind: 'pending' };
  }

  /** Appends to the code's poll log what the token endpoint answered. */
  record(grant: DeviceGrant, answer: PollAnswer): void {
    grant.polls.push({ at: this.#options.now(), answer });
  }

  /** @throws Error when the code is unknown or no longer pending */
  approve(userCode: string, user: EmulatorUser): void {
    const grant = this.#pendingGrant(userCode, 'approve');
    grant.status = 'approved';
    grant.user = user;
  }

  /** @throws Error when the code is unknown or no longer pending */
  deny(userCode: string): void {
    this.#pendingGrant(userCode, 'deny').status = 'denied';
  }

  /** @throws Error when the code is unknown or already consumed */
  expire(userCode: string): void {
    const grant = this.require(userCode);
    if (this.statusOf(grant) === 'consumed') {
      throw new Error(
        `@botlogin/emulator: cannot expire ${grant.userCode}: it is already consumed`,
      );
    }
    grant.status = 'expired';
    grant.expiresAt = Math.min(grant.expiresAt, this.#options.now());
  }

  /** @throws Error when the code is unknown */
  setInterval(userCode: string, seconds: number): void {
    this.require(userCode).interval = seconds;
  }

  /** @throws Error when the code is unknown */
  pollLog(userCode: string): PollLogEntry[] {
    return this.require(userCode).polls.map((entry) => ({ ...entry }));
  }

  list(): PendingCode[] {
    return this.#grants.map((grant) => ({
      userCode: grant.userCode,
      flavor: grant.flavor,
      clientId: grant.clientId,
      scopes: [...grant.scopes],
      expiresAt: grant.expiresAt,
      interval: grant.interval,
      status: this.statusOf(grant),
    }));
  }

  /** @throws Error when no code matches `userCode` */
  require(userCode: string): DeviceGrant {
    const grant = this.findByUserCode(userCode);
    if (!grant) throw new Error(`@botlogin/emulator: unknown user code "${userCode}"`);
    return grant;
  }

  #pendingGrant(userCode: string, action: 'approve' | 'deny'): DeviceGrant {
    const grant = this.require(userCode);
    const status = this.statusOf(grant);
    if (status !== 'pending') {
      throw new Error(`@botlogin/emulator: cannot ${action} ${grant.userCode}: it is ${status}`);
    }
    return grant;
  }
}
