/**
 * Splits a `scope` parameter: space-delimited per RFC 6749 §3.3, comma-delimited for Facebook
 * permissions. Empty items are dropped and duplicates kept once, in order.
 */
export function splitScopes(scope: string | null, separator: ' ' | ','): string[] {
  if (scope === null) return [];
  const pattern = separator === ' ' ? /\s+/ : /\s*,\s*/;
  return [...new Set(scope.split(pattern).filter((item) => item.trim() !== ''))];
}
