import { safeEqual } from '../../calculations/safe-equal.js';
import type { ResolvedOptions } from '../../models/resolved-options.js';
import type { EmulatorRequest } from '../../models/route.js';

/**
 * Matches a Graph path with or without a version prefix: `/graph/v21.0/device/login`,
 * `/graph/v2/device/login` and `/graph/device/login` are the same endpoint, as at Facebook.
 */
export function graphPath(rest: string): RegExp {
  return new RegExp(`^/graph(?:/v\\d+(?:\\.\\d+)?)?/${rest}$`);
}

/**
 * Graph reads parameters from the query string and from a form body alike; the body wins when
 * both carry one.
 */
export function graphParams(request: EmulatorRequest): URLSearchParams {
  const params = new URLSearchParams(request.query);
  if (request.body.kind === 'form') {
    for (const [name, value] of request.body.params) params.set(name, value);
  }
  return params;
}

/** Whether `access_token` is this app's client access token, `APP_ID|CLIENT_TOKEN`. */
export function isClientAccessToken(
  accessToken: string | null,
  facebook: ResolvedOptions['facebook'],
): boolean {
  if (accessToken === null) return false;
  return safeEqual(accessToken, `${facebook.appId}|${facebook.clientToken}`);
}

/**
 * A user access token from `Authorization: Bearer` (or Graph's older `OAuth` scheme), else
 * from the `access_token` parameter, which Graph accepts too.
 */
export function userAccessToken(request: EmulatorRequest): string | undefined {
  const header = request.headers.authorization ?? '';
  const match = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header);
  if (match?.[1]) return match[1];
  return graphParams(request).get('access_token') ?? undefined;
}
