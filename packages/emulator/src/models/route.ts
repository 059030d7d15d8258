import type { IncomingHttpHeaders } from 'node:http';

/** The body of a request, read before routing. */
export type RequestBody =
  | { kind: 'empty' }
  | { kind: 'form'; params: URLSearchParams }
  | { kind: 'other'; contentType: string; text: string };

/** A request as route handlers see it: fully read, nothing left to stream. */
export interface EmulatorRequest {
  method: string;
  /** Path without query string, e.g. `/oauth/token`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: RequestBody;
}

/** What a route handler answers. */
export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One method and path of the emulator. */
export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** Matched against the whole path. */
  path: RegExp;
  handle(request: EmulatorRequest): EmulatorResponse;
}
