import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/index.js';

/** A running emulator on a fake clock that tests move by hand. */
export interface TestEmulator {
  emulator: Emulator;
  /** Moves the emulator's clock forward. */
  advance(seconds: number): void;
}

/** Epoch milliseconds the fake clock starts at (2023-11-14). */
export const START_TIME = 1_700_000_000_000;

/** Starts an emulator whose clock only moves when the test calls `advance`. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  let time = START_TIME;
  const emulator = await startEmulator({ now: () => time, ...options });
  return {
    emulator,
    advance: (seconds) => {
      time += seconds * 1000;
    },
  };
}

/** POSTs `params` form-encoded, as RFC 6749 clients and Graph clients do. */
export function postForm(
  url: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(params), headers });
}

/** `Authorization: Basic` for a client id and secret, form-encoded first (RFC 6749 §2.3.1). */
export function basicAuth(clientId: string, secret: string): Record<string, string> {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  const pair = `${encode(clientId)}:${encode(secret)}`;
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

/**
 * A response body as JSON. `any` on purpose: the tests assert bodies field by field against
 * the wire format, and a declared type would only restate what the assertion checks.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above; test-only helper.
export async function json(response: Response): Promise<any> {
  return response.json();
}
