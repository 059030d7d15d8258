import { randomUUID } from 'node:crypto';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { EmulatorResponse } from '../../models/route.js';
import type { TokenSubject } from '../../services/token-store.js';

/**
 * Issues an access token (and, unless `refreshToken` is passed through unchanged, a new refresh
 * token) and answers the RFC 6749 §5.1 success body.
 * @param refreshToken - the refresh token to hand back when rotation is off; a new one is
 * issued when it is `undefined`
 */
export function tokenResponse(
  context: EmulatorContext,
  subject: Omit<TokenSubject, 'flavor' | 'familyId'> & { familyId?: string },
  refreshToken?: string,
): EmulatorResponse {
  const ttl = context.options.rfc8628.accessTokenTtl;
  const full: TokenSubject = {
    ...subject,
    flavor: 'rfc8628',
    familyId: subject.familyId ?? randomUUID(),
  };
  const access = context.tokens.issue('access', full, ttl);
  const refresh = refreshToken ?? context.tokens.issue('refresh', full, undefined).value;
  return jsonResponse(200, {
    access_token: access.value,
    token_type: 'Bearer',
    expires_in: ttl,
    refresh_token: refresh,
    scope: full.scopes.join(' '),
  });
}
