import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body as bytes, exactly as sent: the signature covers the raw body, so it
 * must not be parsed and re-serialised first.
 *
 * @returns undefined when the body is larger than `maxBytes`.
 */
export async function readRawBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
