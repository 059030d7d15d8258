import { ErrorCode, TransportError } from '../errors/botlogin-error.js';
import type { PollResult } from '../models/poll-result.js';
import type { HttpClient, HttpRequest, HttpResponse } from './http-client.js';

/**
 * Sends one poll and classifies the answer. A request that gets no answer is a transient
 * failure to back off from (RFC 8628 §3.5), not the end of the login; only an abort throws,
 * because the login was cancelled.
 */
export async function sendPoll(
  http: HttpClient,
  request: HttpRequest,
  classify: (response: HttpResponse) => PollResult,
): Promise<PollResult> {
  let response: HttpResponse;
  try {
    response = await http.send(request);
  } catch (error) {
    if (TransportError.is(error) && error.code === ErrorCode.Aborted) throw error;
    const reason = TransportError.is(error) ? error.code : 'request failed';
    return { kind: 'transient', reason };
  }
  return classify(response);
}

/** A form-encoded body from plain fields, skipping absent ones. */
export function formBody(fields: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) params.set(name, value);
  }
  return params.toString();
}

export const formHeaders = {
  'content-type': 'application/x-www-form-urlencoded',
  accept: 'application/json',
} as const;
