import { createOAuthDeviceAuth } from '@octokit/auth-oauth-device';
import { request } from '@octokit/request';
import type { BenchTarget, Contender } from '../lib/protocol.js';

/**
 * `@octokit/auth-oauth-device`, one auth instance per login. It only knows GitHub's paths
 * (`/login/device/code`, `/login/oauth/access_token` under `baseUrl`) and sends JSON, which the
 * RFC 8628 endpoints do not take (RFC 6749 §3.2 is form-encoded only). Its `request` option
 * gets a `fetch` that maps those two paths to the emulator's RFC 8628 endpoints and re-encodes
 * the JSON body as a form; that adapter costs a few µs per request and is counted as octokit's.
 */
export function octokit(target: BenchTarget): Contender {
  const paths = new Map([
    [`${target.issuer}/login/device/code`, target.deviceAuthorizationEndpoint],
    [`${target.issuer}/login/oauth/access_token`, target.tokenEndpoint],
  ]);
  const toRfc8628: typeof fetch = (input, init) => {
    const url = String(input);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : {};
    return fetch(paths.get(url) ?? url, {
      ...init,
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body as Record<string, string>).toString(),
    });
  };
  const client = request.defaults({ baseUrl: target.issuer, request: { fetch: toRfc8628 } });
  let listener: (userCode: string, ok: boolean) => void = () => {};
  return {
    async warmUp() {},
    start() {
      return new Promise<string>((resolve, reject) => {
        let userCode: string | undefined;
        const auth = createOAuthDeviceAuth({
          clientType: 'oauth-app',
          clientId: target.clientId,
          scopes: [],
          request: client,
          onVerification(verification) {
            userCode = verification.user_code;
            resolve(userCode);
          },
        });
        auth({ type: 'oauth' }).then(
          () => listener(userCode as string, true),
          (error: unknown) => (userCode ? listener(userCode, false) : reject(error)),
        );
      });
    },
    onOutcome(next) {
      listener = next;
    },
    async close() {},
  };
}
