/**
 * Escapes text for Telegram's HTML parse mode. Only `<`, `>` and `&` are special there, plus
 * `"` inside attribute values; each escaped character still renders as itself, so a user code
 * reads exactly as the provider issued it.
 *
 * @see https://core.telegram.org/bots/api#html-style
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
