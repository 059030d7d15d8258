/** Messages between the orchestrator (`run.ts`, which hosts the emulator) and one contender. */

/** What a contender needs to reach the emulator's RFC 8628 side. */
export interface BenchTarget {
  readonly issuer: string;
  readonly deviceAuthorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly userinfoEndpoint: string;
  readonly clientId: string;
}

export type ToChild = { type: 'finish' };

export type FromChild =
  | { type: 'started'; codes: [userCode: string, issuedAt: number][] }
  | { type: 'ready'; heapBytesPerLogin: number; readyAt: number }
  | { type: 'outcome'; userCode: string; at: number; ok: boolean }
  | { type: 'cpu'; micros: number }
  | { type: 'failed'; message: string };

/** One contender: starts `count` logins and reports each one's end through `onOutcome`. */
export interface Contender {
  /** Loads modules and opens what a bot would open once, before the heap baseline. */
  warmUp(): Promise<void>;
  /** Starts one login; resolves with its user code once the device code is issued. */
  start(index: number): Promise<string>;
  onOutcome(listener: (userCode: string, ok: boolean) => void): void;
  close(): Promise<void>;
}
