import { escapeHtml } from '../calculations/escape-html.js';
import { NOTICES, type Notice } from './notices.js';
import { renderPage } from './render-page.js';

/**
 * The page where the user types the code the bot showed them (RFC 8628 §3.3).
 * @param prefill - a code from `verification_uri_complete`, put in the field for the user to
 * confirm rather than accepted on sight (RFC 8628 §5.4: the user must see what they approve)
 */
export function codeEntryPage(appName: string, prefill = '', notice?: Notice): string {
  const alert = notice ? `<p class="notice" role="alert">${NOTICES[notice]}</p>` : '';
  return renderPage(
    'Connect a device',
    appName,
    `<h1>Connect a device</h1>
${alert}
<p>Enter the code shown by the bot in your chat.</p>
<form method="post" action="/device">
<label for="user_code">Code</label>
<input class="code" type="text" id="user_code" name="user_code" value="${escapeHtml(prefill)}"
  autocomplete="off" autocapitalize="characters" spellcheck="false" required autofocus
  placeholder="XXXX-XXXX">
<div class="actions"><button class="primary" type="submit">Continue</button></div>
</form>`,
  );
}
