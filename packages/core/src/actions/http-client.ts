/** One HTTP request as providers make it. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Aborts the request, as when a login is cancelled mid-poll. */
  readonly signal?: AbortSignal;
  /** Milliseconds for the whole exchange; the client's default applies when absent. */
  readonly timeoutMs?: number;
}

/** An answer, whatever its status: classifying it is the provider's job. */
export interface HttpResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * The transport every provider uses. Implementations throw a `TransportError` (codes
 * `BOTLOGIN_TRANSPORT`, `BOTLOGIN_TIMEOUT`, `BOTLOGIN_ABORTED`) when no answer arrives, and
 * return every answer that does, 4xx and 5xx included.
 */
export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
  close?(): Promise<void>;
}

/** The URL without query or fragment, for error messages: queries can carry tokens. */
export function endpointOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}
