import { escapeHtml } from '../calculations/escape-html.js';
import type { DeviceGrant } from '../models/device-grant.js';
import type { EmulatorUser } from '../models/emulator-user.js';
import { renderPage } from './render-page.js';

/**
 * Asks the user to approve or deny: shows the asking app, the scopes, the code (so it can be
 * compared with the chat, RFC 8628 §5.4) and whom they sign in as.
 */
export function consentPage(appName: string, grant: DeviceGrant, user: EmulatorUser): string {
  const scopes = grant.scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join('');
  return renderPage(
    `Allow ${appName}?`,
    appName,
    `<h1>Allow ${escapeHtml(appName)} to sign you in?</h1>
<p>Code <span class="code-display">${escapeHtml(grant.userCode)}</span></p>
<p>${escapeHtml(appName)} asks for:</p>
<ul class="scopes">${scopes}</ul>
<form method="post" action="/device/decision">
<input type="hidden" name="user_code" value="${escapeHtml(grant.userCode)}">
<input type="hidden" name="csrf" value="${escapeHtml(grant.csrf)}">
<label for="name">Sign in as</label>
<input type="text" id="name" name="name" value="${escapeHtml(user.name)}" autocomplete="name">
<p class="warning">Only continue if you just asked a bot to sign you in.</p>
<div class="actions">
<button class="primary" type="submit" name="decision" value="approve">Approve</button>
<button class="secondary" type="submit" name="decision" value="deny">Deny</button>
</div>
</form>`,
  );
}
