/** Called by a scheduler when a session is due; the engine polls it. */
export type DueHandler = (loginId: string) => Promise<void>;

/**
 * Decides when each session is polled, nothing more: the engine tells it when a session is due,
 * and it calls the engine back then. A distributed scheduler guarantees one call per due time
 * across processes.
 */
export interface PollScheduler {
  /** Registers the engine's handler; called once, before any `schedule`. */
  setHandler(handler: DueHandler): void;
  /** Calls the handler for `loginId` at `dueAt` (epoch ms), replacing an earlier schedule. */
  schedule(loginId: string, dueAt: number): Promise<void>;
  /** Forgets the session's schedule. */
  unschedule(loginId: string): Promise<void>;
  /** Stops calling the handler and releases timers and connections. */
  close(): Promise<void>;
}
