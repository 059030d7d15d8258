import type { IncomingMessage } from 'node:http';
import type { EmulatorRequest, RequestBody } from '../models/route.js';

/** Far above any form a device flow posts; larger bodies are refused with 413. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Thrown by {@link readRequest} when the body exceeds {@link MAX_BODY_BYTES}. */
export class BodyTooLargeError extends Error {
  constructor() {
    super(`request body exceeds ${MAX_BODY_BYTES} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a whole request. Only `application/x-www-form-urlencoded` bodies are parsed, as
 * RFC 6749 §3.2 and Graph's form endpoints expect; anything else is kept as its media type so
 * the route can answer `invalid_request` instead of guessing.
 * @throws BodyTooLargeError when the body is too large
 */
export async function readRequest(message: IncomingMessage): Promise<EmulatorRequest> {
  const url = new URL(message.url ?? '/', 'http://emulator.invalid');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }

  return {
    method: (message.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers: message.headers,
    body: toBody(Buffer.concat(chunks), message.headers['content-type'] ?? ''),
  };
}

function toBody(raw: Buffer, contentType: string): RequestBody {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { kind: 'form', params: new URLSearchParams(raw.toString('utf8')) };
  }
  if (raw.length === 0) return { kind: 'empty' };
  return { kind: 'other', contentType: mediaType || 'unknown', text: raw.toString('utf8') };
}
