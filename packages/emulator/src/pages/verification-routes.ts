import { safeEqual } from '../calculations/safe-equal.js';
import { userFromName } from '../calculations/user-from-name.js';
import { htmlResponse } from '../http/http-response.js';
import type { DeviceGrant } from '../models/device-grant.js';
import type { EmulatorContext } from '../models/emulator-context.js';
import type { EmulatorRequest, EmulatorResponse, Route } from '../models/route.js';
import { codeEntryPage } from './code-entry-page.js';
import { consentPage } from './consent-page.js';
import type { Notice } from './notices.js';
import { resultPage } from './result-page.js';

/**
 * The end-user verification pages shared by every flavor (RFC 8628 §3.3): enter the code,
 * consent, result. Plain HTML forms, so a bot can fill them in exactly as a browser would.
 */
export function verificationRoutes(context: EmulatorContext): Route[] {
  const { appName } = context.options;
  const entry = (status: number, prefill: string, notice?: Notice) =>
    htmlResponse(status, codeEntryPage(appName, prefill, notice));

  /** A grant the user may still decide on, or the entry page explaining why not. */
  const openGrant = (input: string): DeviceGrant | EmulatorResponse => {
    if (input.trim() === '') return entry(400, '', 'missingCode');
    const grant = context.grants.findByUserCode(input);
    if (!grant) return entry(400, input, 'wrongCode');
    const status = context.grants.statusOf(grant);
    if (status === 'expired') return entry(400, '', 'expired');
    if (status === 'denied') return entry(400, '', 'alreadyDenied');
    if (status !== 'pending') return entry(400, '', 'alreadyUsed');
    return grant;
  };

  return [
    {
      method: 'GET',
      path: /^\/device\/?$/,
      handle: (request) => entry(200, request.query.get('user_code') ?? ''),
    },
    {
      method: 'POST',
      path: /^\/device\/?$/,
      handle(request) {
        const grant = openGrant(formOf(request).get('user_code') ?? '');
        if (!isGrant(grant)) return grant;
        return htmlResponse(200, consentPage(appName, grant, context.options.user));
      },
    },
    {
      method: 'POST',
      path: /^\/device\/decision$/,
      handle(request) {
        const form = formOf(request);
        const grant = openGrant(form.get('user_code') ?? '');
        if (!isGrant(grant)) return grant;
        if (!safeEqual(form.get('csrf') ?? '', grant.csrf)) return entry(403, '', 'badForm');

        const decision = form.get('decision');
        if (decision === 'approve') {
          const user = userFromName(form.get('name') ?? '', context.options.user);
          context.grants.approve(grant.userCode, user);
          return htmlResponse(200, resultPage(appName, 'approved'));
        }
        if (decision === 'deny') {
          context.grants.deny(grant.userCode);
          return htmlResponse(200, resultPage(appName, 'denied'));
        }
        return entry(400, '', 'badForm');
      },
    },
    {
      method: 'GET',
      path: /^\/avatar\.svg$/,
      handle: () => ({
        status: 200,
        headers: { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400' },
        body: SILHOUETTE,
      }),
    },
  ];
}

/** A neutral head-and-shoulders picture for users without an `avatarUrl`. */
const SILHOUETTE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50" viewBox="0 0 50 50">' +
  '<rect width="50" height="50" fill="#d1d5db"/><circle cx="25" cy="19" r="9" fill="#9ca3af"/>' +
  '<ellipse cx="25" cy="44" rx="16" ry="12" fill="#9ca3af"/></svg>';

function formOf(request: EmulatorRequest): URLSearchParams {
  return request.body.kind === 'form' ? request.body.params : new URLSearchParams();
}

function isGrant(value: DeviceGrant | EmulatorResponse): value is DeviceGrant {
  return 'deviceCode' in value;
}
