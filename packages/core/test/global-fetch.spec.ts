import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { UndiciHttpClient } from '../src/index.js';

describe('UndiciHttpClient next to the global fetch', () => {
  it("should leave Node's fetch able to send multipart bodies (discord.js uploads do)", async () => {
    const client = new UndiciHttpClient();
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end(req.headers['content-type']?.split(';')[0] ?? ''));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array([1, 2, 3])]), 'qr.png');
      const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: form });
      expect(await response.text()).toBe('multipart/form-data');
      const ours = await client.send({ method: 'GET', url: `http://127.0.0.1:${port}/` });
      expect(ours.status).toBe(200);
    } finally {
      await client.close();
      server.closeAllConnections();
      server.close();
    }
  });
});
