import { Agent, request, errors as undiciErrors } from 'undici';
import { ErrorCode, TransportError } from '../errors/botlogin-error.js';
import { endpointOf, type HttpClient, type HttpRequest, type HttpResponse } from './http-client.js';

export interface UndiciHttpClientOptions {
  /** @defaultValue 10000 */
  readonly timeoutMs?: number;
  /** Open connections per provider origin. @defaultValue 32 */
  readonly connectionsPerOrigin?: number;
  /** Answers longer than this are refused. @defaultValue 1 MiB */
  readonly maxBodyBytes?: number;
}

/**
 * The default transport: undici's `request` over one keep-alive pool per provider origin.
 *
 * A poll is cheap when it reuses a connection: undici's `request` costs far less CPU per call
 * than global `fetch`, and a new connection per poll would cost a handshake each time. undici
 * stays on major 6, the one Node.js 20 bundles: loading another major replaces the process's
 * global dispatcher with one that Node's own `fetch` (and discord.js) cannot drive.
 */
export class UndiciHttpClient implements HttpClient {
  readonly #agent: Agent;
  readonly #timeoutMs: number;
  readonly #maxBodyBytes: number;

  constructor(options: UndiciHttpClientOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    this.#agent = new Agent({
      connections: options.connectionsPerOrigin ?? 32,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 120_000,
    });
  }

  async send(req: HttpRequest): Promise<HttpResponse> {
    // undici's own timeouts, not an AbortSignal.timeout per request: a timer and a combined
    // signal per poll cost more CPU than the rest of the engine's work for that poll.
    const timeoutMs = req.timeoutMs ?? this.#timeoutMs;
    try {
      const res = await request(req.url, {
        method: req.method,
        headers: req.headers ? { ...req.headers } : {},
        body: req.body ?? null,
        signal: req.signal ?? null,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        dispatcher: this.#agent,
      });
      const body = await this.#readBody(res.body, req);
      return { status: res.statusCode, headers: flattenHeaders(res.headers), body };
    } catch (error) {
      if (error instanceof TransportError) throw error;
      const endpoint = endpointLabel(req);
      if (req.signal?.aborted) {
        throw new TransportError(ErrorCode.Aborted, `${endpoint} was aborted.`, endpoint, {
          cause: error,
        });
      }
      if (
        error instanceof undiciErrors.HeadersTimeoutError ||
        error instanceof undiciErrors.BodyTimeoutError ||
        error instanceof undiciErrors.ConnectTimeoutError
      ) {
        throw new TransportError(
          ErrorCode.Timeout,
          `${endpoint} gave no answer in time; the provider may be slow or unreachable.`,
          endpoint,
          { cause: error },
        );
      }
      const reason = (error as { code?: string }).code ?? (error as Error).name ?? 'error';
      throw new TransportError(
        ErrorCode.Transport,
        `${endpoint} failed (${reason}); check that the provider is reachable from this host.`,
        endpoint,
        { cause: error },
      );
    }
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  async #readBody(body: AsyncIterable<Buffer>, req: HttpRequest): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.length;
      if (size > this.#maxBodyBytes) {
        const endpoint = endpointLabel(req);
        throw new TransportError(
          ErrorCode.Transport,
          `${endpoint} answered more than ${this.#maxBodyBytes} bytes; refusing to read it.`,
          endpoint,
        );
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}

/** Method and URL without query, for messages; built only when a message needs it. */
function endpointLabel(req: HttpRequest): string {
  return `${req.method} ${endpointOf(req.url)}`;
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined)
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
