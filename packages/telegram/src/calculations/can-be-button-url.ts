/**
 * Whether Telegram will accept a URL in an inline keyboard button. Telegram takes `http(s)` and
 * `tg://` links only, and refuses hosts without a dot (`localhost`), loopback and private
 * addresses with "BUTTON_URL_INVALID" or "… is invalid: Wrong HTTP URL". The emulator's
 * verification page (`http://127.0.0.1:…`) is such a URL; the card then shows it as text.
 *
 * The check is a best guess made before sending; `sendCard` also falls back when Telegram
 * refuses a URL this function let through.
 *
 * @see https://core.telegram.org/bots/api#inlinekeyboardbutton
 */
export function canBeButtonUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'tg:') return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  if (host.startsWith('[')) return false;
  if (!host.includes('.') || host.endsWith('.localhost') || host.endsWith('.local')) return false;
  return !isPrivateIpv4(host);
}

/** Loopback (127/8), private (10/8, 172.16/12, 192.168/16), link-local and unspecified. */
function isPrivateIpv4(host: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (match === null) return false;
  const first = Number(match[1]);
  const second = Number(match[2]);
  return (
    first === 0 ||
    first === 10 ||
    first === 127 ||
    (first === 169 && second === 254) ||
    (first === 172 && second >= 16 && second <= 31) ||
    (first === 192 && second === 168)
  );
}
