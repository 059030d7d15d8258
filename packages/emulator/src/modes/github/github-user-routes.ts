import { safeEqual } from '../../calculations/safe-equal.js';
import { jsonResponse } from '../../http/http-response.js';
import type { EmulatorContext } from '../../models/emulator-context.js';
import type { IssuedToken } from '../../models/issued-token.js';
import type { EmulatorRequest, Route } from '../../models/route.js';
import { githubApiError } from './github-answer.js';
import { GITHUB_CLIENT, GITHUB_PATHS } from './github-client.js';

/** A login name from a display name, as GitHub handles look. */
function loginOf(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'user'
  );
}

/** GitHub user ids are numbers; the emulator's ids are digit strings or derived from a name. */
function numericId(id: string): number {
  if (/^\d{1,15}$/.test(id)) return Number(id);
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return hash;
}

/** Both `Bearer` and GitHub's older `token` scheme carry the access token. */
function bearerToken(context: EmulatorContext, request: EmulatorRequest): IssuedToken | undefined {
  const match = /^(?:Bearer|token)\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ? context.tokens.findValid(match[1], 'access', 'github') : undefined;
}

/**
 * `GET https://api.github.com/user` and `/user/emails`, and the OAuth app's
 * `DELETE /applications/{client_id}/token` that revokes one token.
 * @see https://docs.github.com/en/rest/users/users#get-the-authenticated-user
 * @see https://docs.github.com/en/rest/users/emails#list-email-addresses-for-the-authenticated-user
 * @see https://docs.github.com/en/rest/apps/oauth-applications#delete-an-app-token
 */
export function githubUserRoutes(context: EmulatorContext): Route[] {
  return [
    {
      method: 'GET',
      path: new RegExp(`^${GITHUB_PATHS.api}/user$`),
      handle(request) {
        const token = bearerToken(context, request);
        if (!token) return githubApiError(401, 'Bad credentials');
        const { user } = token;
        return jsonResponse(200, {
          login: loginOf(user.name),
          id: numericId(user.id),
          node_id: `U_${user.id}`,
          avatar_url: user.avatarUrl ?? `${context.url}/avatar.svg`,
          type: 'User',
          name: user.name,
          // The public email, which most users leave unset; /user/emails lists the private ones.
          email: null,
        });
      },
    },
    {
      method: 'GET',
      path: new RegExp(`^${GITHUB_PATHS.api}/user/emails$`),
      handle(request) {
        const token = bearerToken(context, request);
        if (!token) return githubApiError(401, 'Bad credentials');
        const allowed = token.scopes.some((scope) => scope === 'user' || scope === 'user:email');
        if (!allowed) return githubApiError(404, 'Not Found');
        const email = token.user.email;
        return jsonResponse(
          200,
          email === undefined
            ? []
            : [{ email, primary: true, verified: true, visibility: 'private' }],
        );
      },
    },
    {
      method: 'DELETE',
      path: new RegExp(`^${GITHUB_PATHS.api}/applications/([^/]+)/token$`),
      handle(request) {
        const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
        const pair = Buffer.from(match?.[1] ?? '', 'base64').toString('utf8');
        const expected = `${GITHUB_CLIENT.clientId}:${GITHUB_CLIENT.clientSecret}`;
        const pathClient = request.path.split('/').at(-2);
        if (!safeEqual(pair, expected) || pathClient !== GITHUB_CLIENT.clientId) {
          return githubApiError(404, 'Not Found');
        }
        const body = request.body.kind === 'other' ? request.body.text : '';
        let value: unknown;
        try {
          value = (JSON.parse(body) as { access_token?: unknown }).access_token;
        } catch {
          return githubApiError(400, 'Problems parsing JSON');
        }
        if (typeof value !== 'string') return githubApiError(422, 'Validation Failed');
        if (!context.tokens.findValid(value, 'access', 'github')) {
          return githubApiError(404, 'Not Found');
        }
        context.tokens.revoke(value, 'github');
        return { status: 204, headers: {}, body: '' };
      },
    },
  ];
}
