import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the fake provider. */
export interface ScriptedAnswer {
  readonly status?: number;
  readonly contentType?: string;
  readonly body?: string | object;
  readonly headers?: Record<string, string>;
  /** Real milliseconds to hold the answer. */
  readonly holdMs?: number;
  /** Destroys the socket instead of answering (a connection reset). */
  readonly reset?: boolean;
}

/** A request the fake provider received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** When it arrived, on the test's clock. */
  readonly at: number;
  /** Whether the client went away before the answer. */
  aborted: boolean;
}

/**
 * A fake provider on 127.0.0.1 that replays scripted answers per path, in order, repeating the
 * last one, and records every request with the time it arrived on the test's clock.
 */
export class ScriptedProvider {
  readonly requests: ReceivedRequest[] = [];
  readonly #scripts = new Map<string, ScriptedAnswer[]>();
  readonly #server: Server;
  readonly #now: () => number;
  #url = '';

  private constructor(now: () => number) {
    this.#now = now;
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  static async start(now: () => number = Date.now): Promise<ScriptedProvider> {
    const fake = new ScriptedProvider(now);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.#server.address() as AddressInfo;
    fake.#url = `http://127.0.0.1:${port}`;
    return fake;
  }

  get url(): string {
    return this.#url;
  }

  /** Sets the answers for a path (e.g. `/token`), in order; the last one repeats. */
  script(path: string, ...answers: ScriptedAnswer[]): this {
    this.#scripts.set(path, answers);
    return this;
  }

  requestsTo(path: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const record: ReceivedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: this.#now(),
      aborted: false,
    };
    this.requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.aborted = true;
    });
    const script = this.#scripts.get(path);
    const answer = script && script.length > 1 ? script.shift() : script?.[0];
    if (answer === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no script');
      return;
    }
    if (answer.holdMs) await new Promise((resolve) => setTimeout(resolve, answer.holdMs));
    if (answer.reset) {
      req.socket.destroy();
      return;
    }
    if (res.destroyed) return;
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
    const contentType =
      answer.contentType ?? (typeof answer.body === 'string' ? 'text/plain' : 'application/json');
    res.writeHead(answer.status ?? 200, { 'content-type': contentType, ...answer.headers });
    res.end(body);
  }
}

/** Shorthands for RFC 6749 §5.2 error answers. */
export const oauthError = (error: string, status = 400, extra: object = {}): ScriptedAnswer => ({
  status,
  body: { error, ...extra },
});

export const deviceAnswer = (overrides: object = {}): ScriptedAnswer => ({
  body: {
    device_code: 'dev-secret-code-0123456789',
    user_code: 'WDJB-MJHT',
    verification_uri: 'https://example.test/device',
    expires_in: 900,
    interval: 5,
    ...overrides,
  },
});

export const tokenAnswer = (overrides: object = {}): ScriptedAnswer => ({
  body: {
    access_token: 'access-secret-token-0123456789',
    token_type: 'Bearer',
    expires_in: 3600,
    refresh_token: 'refresh-secret-token-0123456789',
    scope: 'openid profile',
    ...overrides,
  },
});

export const userinfoAnswer = (name = 'Ada Lovelace'): ScriptedAnswer => ({
  body: { sub: 'user-1', name, email: 'ada@example.test' },
});
