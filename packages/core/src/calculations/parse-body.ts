/** A response body read according to its content type. */
export type ParsedBody =
  | { readonly format: 'json' | 'form'; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly format: 'other'; readonly excerpt: string };

const excerptLength = 80;

/**
 * Reads a body by its content type rather than by what the client asked for: GitHub answers
 * form-encoded unless JSON is asked for, and proxies answer HTML (PROVIDERS.md B12, B13).
 *
 * A JSON body that is not an object, or that fails to parse, is `other`.
 */
export function parseBody(contentType: string | undefined, body: string): ParsedBody {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') {
    return { format: 'form', fields: Object.fromEntries(new URLSearchParams(body)) };
  }
  if (type === 'application/json' || type.endsWith('+json') || type === 'text/javascript') {
    try {
      const value: unknown = JSON.parse(body);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return { format: 'json', fields: value as Record<string, unknown> };
      }
    } catch {
      // Falls through to `other`: a truncated or garbled JSON body.
    }
  }
  return { format: 'other', excerpt: describeExcerpt(type, body) };
}

/**
 * A short description of an unreadable body for error messages: the content type and the start
 * of the text with anything token-like masked.
 */
export function describeExcerpt(contentType: string, body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim().slice(0, excerptLength);
  const masked = flat.replace(/[A-Za-z0-9_\-.|]{20,}/g, '[redacted]');
  const suffix = body.length > excerptLength ? '…' : '';
  return `${contentType || 'no content type'}: "${masked}${suffix}"`;
}
