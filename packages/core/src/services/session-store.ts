import type { LoginSession } from '../models/login-session.js';

/** What `insert` did: saved the session, or found one already pending for that user. */
export type InsertResult =
  | { readonly inserted: true }
  | { readonly inserted: false; readonly existing: LoginSession };

/** A record that could not be read back, reported instead of stopping the others. */
export interface CorruptRecord {
  readonly id: string;
  readonly reason: string;
}

/**
 * Where login sessions live. Every write is a compare-and-set on `version`, so two processes can
 * never both record an outcome for one session.
 */
export interface SessionStore {
  /**
   * Saves a new session unless the same chat user already has one pending with the same
   * provider, atomically.
   */
  insert(session: LoginSession): Promise<InsertResult>;

  get(id: string): Promise<LoginSession | undefined>;

  /** The pending session of a chat user with a provider, if any. */
  findPending(chatUserKey: string, providerId: string): Promise<LoginSession | undefined>;

  /**
   * Replaces the stored session with `session` if the stored version is `session.version - 1`.
   *
   * @returns false when another write came first; the caller reloads and decides again.
   */
  update(session: LoginSession): Promise<boolean>;

  /**
   * Sessions a restarted process must pick up: pending ones, and ended ones whose outcome was
   * not delivered yet. Unreadable records are reported through `onCorrupt` and skipped.
   */
  listUnfinished(onCorrupt?: (record: CorruptRecord) => void): Promise<LoginSession[]>;

  /** Forgets ended sessions that ended before `endedBefore` (epoch ms). */
  prune(endedBefore: number): Promise<number>;

  close?(): Promise<void>;
}
