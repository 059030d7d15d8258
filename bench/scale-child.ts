/**
 * The N = 100,000 run: one contender in its own process with the network replaced by an
 * in-process stub provider that issues codes and answers `authorization_pending`, so the figures
 * are the client's own: heap per pending login, CPU per poll of the client's machinery, and
 * polls sent before the interval allowed. Started by `run.ts` with `--expose-gc`.
 */

import { createBotlogin, type HttpClient } from '@botlogin/core';
import { createOAuthDeviceAuth } from '@octokit/auth-oauth-device';
import { request } from '@octokit/request';
import * as openidClient from 'openid-client';

const [name = '', countText = '0', intervalText = '60', pollSecondsText = '15'] =
  process.argv.slice(2);
const count = Number(countText);
const interval = Number(intervalText);
const gc = (globalThis as { gc?: () => void }).gc;
const origin = 'https://stub.invalid';

/** The stub provider: device codes on demand, pending forever, early polls counted. */
let issued = 0;
let polls = 0;
let early = 0;
const lastPoll = new Map<string, number>();
function answer(path: string, form: URLSearchParams): { status: number; body: string } {
  if (path.endsWith('/device')) {
    issued += 1;
    const deviceCode = `d${issued}-${'x'.repeat(32)}`;
    lastPoll.set(deviceCode, Date.now());
    return {
      status: 200,
      body: JSON.stringify({
        device_code: deviceCode,
        user_code: `U${issued}`,
        verification_uri: `${origin}/verify`,
        expires_in: 3_600,
        interval,
      }),
    };
  }
  polls += 1;
  const deviceCode = form.get('device_code') ?? '';
  const now = Date.now();
  if (now - (lastPoll.get(deviceCode) ?? 0) < interval * 1000) early += 1;
  lastPoll.set(deviceCode, now);
  return { status: 400, body: '{"error":"authorization_pending"}' };
}
const json = { 'content-type': 'application/json' };
const stubFetch = (async (input: unknown, init?: { body?: unknown }) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  const raw = init?.body ?? (input instanceof Request ? await input.text() : '');
  const form = new URLSearchParams(typeof raw === 'string' ? raw : String(raw ?? ''));
  const { status, body } = answer(url.pathname, form);
  return new Response(body, { status, headers: json });
}) as typeof fetch;

const starters: Record<string, () => Promise<(index: number) => Promise<unknown>>> = {
  async ours() {
    const http: HttpClient = {
      async send(req) {
        const { status, body } = answer(new URL(req.url).pathname, new URLSearchParams(req.body));
        return { status, headers: json, body };
      },
    };
    const { login } = createBotlogin({
      providers: [
        {
          type: 'rfc8628',
          deviceAuthorizationEndpoint: `${origin}/device`,
          tokenEndpoint: `${origin}/token`,
          clientId: 'bench',
        },
      ],
      httpClient: http,
    });
    return (index) =>
      login.start({ chatUser: { platform: 'bench', userId: `u${index}` }, providerId: 'rfc8628' });
  },
  async 'openid-client'() {
    const config = new openidClient.Configuration(
      {
        issuer: origin,
        device_authorization_endpoint: `${origin}/device`,
        token_endpoint: `${origin}/token`,
      },
      'bench',
      undefined,
      openidClient.None(),
    );
    config[openidClient.customFetch] = stubFetch as never;
    return async () => {
      const started = await openidClient.initiateDeviceAuthorization(config, { scope: 'openid' });
      openidClient.pollDeviceAuthorizationGrant(config, started).catch(() => {});
    };
  },
  async octokit() {
    const paths = new Map([
      [`${origin}/login/device/code`, `${origin}/device`],
      [`${origin}/login/oauth/access_token`, `${origin}/token`],
    ]);
    const toStub = ((input: unknown, init?: { body?: unknown }) => {
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : {};
      return stubFetch(paths.get(String(input)) ?? String(input), {
        body: new URLSearchParams(body as Record<string, string>).toString(),
      });
    }) as typeof fetch;
    const client = request.defaults({ baseUrl: origin, request: { fetch: toStub } });
    return () =>
      new Promise<void>((resolve) => {
        const auth = createOAuthDeviceAuth({
          clientType: 'oauth-app',
          clientId: 'bench',
          scopes: [],
          request: client,
          onVerification: () => resolve(),
        });
        auth({ type: 'oauth' }).catch(() => {});
      });
  },
  async naive() {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const post = async (url: string, form: Record<string, string>) =>
      (await (
        await stubFetch(url, { body: new URLSearchParams(form).toString() })
      ).json()) as Record<string, unknown>;
    return async () => {
      const code = await post(`${origin}/device`, { client_id: 'bench' });
      void (async () => {
        for (;;) {
          await sleep(Number(code['interval']) * 1000);
          const polled = await post(`${origin}/token`, {
            device_code: String(code['device_code']),
          });
          if (polled['error'] !== 'authorization_pending') return;
        }
      })();
    };
  },
};

async function main(): Promise<void> {
  const makeStarter = starters[name];
  if (!makeStarter || !gc) throw new Error(`unknown contender "${name}" or no --expose-gc`);
  const start = await makeStarter();
  await start(-1);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const startedAt = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < count) await start(next++);
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  gc();
  const heapBytesPerLogin = (process.memoryUsage().heapUsed - heapBefore) / count;
  // Wait for the first polls, then measure CPU over a window of steady polling.
  const firstPollsAt = startedAt + interval * 1000;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstPollsAt - Date.now())));
  const pollsBefore = polls;
  const cpuBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, Number(pollSecondsText) * 1000));
  const cpu = process.cpuUsage(cpuBefore);
  const windowPolls = polls - pollsBefore;
  const report = {
    name,
    heapBytesPerLogin,
    cpuMicrosPerPoll: (cpu.user + cpu.system) / Math.max(1, windowPolls),
    polls,
    early,
  };
  if (process.send) process.send(report);
  else console.log(report);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.send?.({ name, failed: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
