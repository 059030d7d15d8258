import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Discord API received, with its body decoded. */
export interface RecordedRequest {
  readonly method: string;
  /** Path below `/api/v10`, without the query string. */
  readonly path: string;
  readonly query: string;
  readonly headers: IncomingMessage['headers'];
  /** The JSON body, or the `payload_json` part of a multipart body. */
  readonly json: unknown;
  /** Files of a multipart body, by form field name. */
  readonly files: { field: string; name: string; type: string; bytes: Buffer }[];
}

/** Discord's interaction tokens live 15 minutes. */
const tokenLifetimeMs = 15 * 60 * 1000;

/**
 * A stand-in for Discord's REST API on 127.0.0.1 that records every request and answers the
 * routes the adapter uses, the way Discord does: 204 without a body for interaction callbacks,
 * 401 `Invalid Webhook Token` (50027) once an interaction token is 15 minutes old.
 */
export class FakeDiscordApi {
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  readonly #now: () => number;
  readonly #tokensIssuedAt = new Map<string, number>();
  #nextId = 1_000;
  /** User ids that refuse direct messages (Discord error 50007). */
  readonly closedDms = new Set<string>();
  /** User ids whose next direct messages fail with a 500, and how many more will. */
  readonly failingDms = new Map<string, number>();

  private constructor(now: () => number) {
    this.#now = now;
    this.#server = createServer((req, res) => {
      void this.#handle(req, res);
    });
  }

  static async start(now: () => number = Date.now): Promise<FakeDiscordApi> {
    const api = new FakeDiscordApi(now);
    await new Promise<void>((resolve) => api.#server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** The REST base URL to give discord.js: `rest: { api }`. */
  get api(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api`;
  }

  /** A fresh interaction id and token, as Discord would put in an interaction. */
  issueInteraction(): { id: string; token: string } {
    this.#nextId += 1;
    const token = `itoken-${this.#nextId}-${Math.random().toString(36).slice(2)}`;
    this.#tokensIssuedAt.set(token, this.#now());
    return { id: String(this.#nextId), token };
  }

  /** Requests whose method and path match. */
  find(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const recorded = await decode(req, raw);
    this.requests.push({
      method: req.method ?? 'GET',
      path,
      query: url.search,
      headers: req.headers,
      ...recorded,
    });

    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (req.method === 'POST' && callback) {
      // Discord answers 204 with no body; a JSON content type here would break undici.
      res.writeHead(204).end();
      return;
    }
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (webhook) {
      const issuedAt = this.#tokensIssuedAt.get(webhook[2] ?? '');
      if (issuedAt === undefined || this.#now() - issuedAt >= tokenLifetimeMs) {
        json(res, 401, { message: 'Invalid Webhook Token', code: 50027 });
        return;
      }
      json(res, 200, this.#message('interaction-channel', recorded.json));
      return;
    }
    if (req.method === 'POST' && path === '/users/@me/channels') {
      const recipient = (recorded.json as { recipient_id?: string }).recipient_id ?? '';
      json(res, 200, { id: `dm-${recipient}`, type: 1, recipients: [{ id: recipient }] });
      return;
    }
    const channelMessage = /^\/channels\/([^/]+)\/messages$/.exec(path);
    if (req.method === 'POST' && channelMessage) {
      const channelId = channelMessage[1] ?? '';
      const failures = this.failingDms.get(channelId.replace(/^dm-/, '')) ?? 0;
      if (failures > 0) {
        this.failingDms.set(channelId.replace(/^dm-/, ''), failures - 1);
        json(res, 500, { message: 'Internal Server Error', code: 0 });
        return;
      }
      if (this.closedDms.has(channelId.replace(/^dm-/, ''))) {
        json(res, 403, { message: 'Cannot send messages to this user', code: 50007 });
        return;
      }
      json(res, 200, this.#message(channelId, recorded.json));
      return;
    }
    if (req.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const body = Array.isArray(recorded.json) ? recorded.json : [];
      json(
        res,
        200,
        body.map((command: object, i: number) => ({
          id: String(9_000 + i),
          version: '1',
          ...command,
        })),
      );
      return;
    }
    json(res, 404, { message: '404: Not Found', code: 0 });
  }

  #message(channelId: string, body: unknown): object {
    this.#nextId += 1;
    return {
      id: String(this.#nextId),
      channel_id: channelId,
      type: 0,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      author: { id: '42', username: 'bot', discriminator: '0', avatar: null },
      timestamp: new Date(this.#now()).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      ...(typeof body === 'object' && body !== null ? body : {}),
    };
  }
}

async function decode(
  req: IncomingMessage,
  raw: Buffer,
): Promise<Pick<RecordedRequest, 'json' | 'files'>> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedRequest['files'] = [];
    let payload: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') payload = JSON.parse(value);
      } else {
        files.push({
          field,
          name: value.name,
          type: value.type,
          bytes: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { json: payload, files };
  }
  if (raw.length === 0) return { json: undefined, files: [] };
  return { json: JSON.parse(raw.toString('utf8')), files: [] };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
