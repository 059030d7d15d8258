import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Slack received. */
export interface RecordedCall {
  /** `api`: a Web API method; `hook`: a post to a response_url. */
  readonly kind: 'api' | 'hook';
  /** The Web API method (`chat.postEphemeral`) or the response_url. */
  readonly target: string;
  readonly body: Record<string, unknown>;
}

/**
 * A stand-in for Slack on 127.0.0.1: the Web API under `/api/` and response_urls under
 * `/hooks/`, recording every call. Tests can make a method fail or a response_url refuse posts,
 * as Slack does once a URL expired or was used five times.
 */
export interface FakeSlack {
  readonly url: string;
  /** For `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  readonly calls: RecordedCall[];
  /** A fresh response_url, as Slack puts in each command and action payload. */
  responseUrl(): string;
  /** Makes a response_url answer 404 `{ ok: false, error }` from now on. */
  refuseResponseUrl(url: string, error?: string): void;
  /** Makes a Web API method answer `{ ok: false, error }` from now on. */
  failApi(method: string, error: string): void;
  api(method: string): Record<string, unknown>[];
  hook(url: string): Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const refused = new Map<string, string>();
  const failing = new Map<string, string>();
  let hooks = 0;

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      response.writeHead(500).end();
    });
  });
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(request.url ?? '/', base).pathname;
    const body = parseBody(raw, request.headers['content-type'] ?? '');
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (path.startsWith('/hooks/')) {
      const url = `${base}${path}`;
      calls.push({ kind: 'hook', target: url, body });
      const error = refused.get(url);
      if (error !== undefined) json(404, { ok: false, error });
      else json(200, { ok: true });
      return;
    }
    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      calls.push({ kind: 'api', target: method, body });
      const error = failing.get(method);
      if (error !== undefined) json(200, { ok: false, error });
      else json(200, answerFor(method, body));
      return;
    }
    json(404, { ok: false, error: 'unknown_path' });
  };

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    apiUrl: `${base}/api/`,
    calls,
    responseUrl: () => `${base}/hooks/T0/${++hooks}/secret${hooks}`,
    refuseResponseUrl: (url, error = 'expired_url') => refused.set(url, error),
    failApi: (method, error) => failing.set(method, error),
    api: (method) =>
      calls.filter((c) => c.kind === 'api' && c.target === method).map((c) => c.body),
    hook: (url) => calls.filter((c) => c.kind === 'hook' && c.target === url).map((c) => c.body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The Web API client sends forms with JSON-encoded nested values (`blocks`, `view`). */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = value.startsWith('[') || value.startsWith('{') ? JSON.parse(value) : value;
  }
  return body;
}

function answerFor(method: string, body: Record<string, unknown>): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: '1700000000.000100' };
    case 'chat.postMessage':
      return { ok: true, channel: 'D1', ts: '1700000000.000200', message: {} };
    case 'views.publish':
      return { ok: true, view: { id: 'V1', ...(body['view'] as object) } };
    default:
      return { ok: true };
  }
}
