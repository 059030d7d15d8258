import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback reverse proxy in front of the emulator that presents it as if it were deployed at
 * `https://login.example.test`: the device-authorization answers name that public page, which
 * Telegram accepts in a URL button, while every request still goes to the emulator.
 */
export async function startPublicFront(
  emulatorUrl: string,
  publicUrl = 'https://login.example.test',
) {
  const server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' &&
            ['content-type', 'authorization', 'accept'].includes(entry[0]),
        ),
      );
      const upstream = await fetch(`${emulatorUrl}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(chunks.length === 0 ? {} : { body: Buffer.concat(chunks) }),
      });
      const text = (await upstream.text()).replaceAll(emulatorUrl, publicUrl);
      res.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/json',
      });
      res.end(text);
    })().catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    publicUrl,
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
