/**
 * A short, safe description of an error for logs: Slack's own error code for Web API failures
 * (`channel_not_found`), the code of our errors, or the error's name. Never its message, which
 * for foreign errors may quote a request.
 */
export function describeSlackError(error: unknown): string {
  if (typeof error !== 'object' || error === null) return typeof error;
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') return data.error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'unknown';
}
