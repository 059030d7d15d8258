import { Agent, fetch } from 'undici';
import type { BenchTarget, Contender } from '../lib/protocol.js';

/**
 * The loop tutorials show: request a device code, then sleep the interval and poll with a new
 * HTTP client each time, until the answer is something other than `authorization_pending`.
 */
export function naive(target: BenchTarget): Contender {
  let listener: (userCode: string, ok: boolean) => void = () => {};
  const post = async (url: string, form: Record<string, string>) => {
    const agent = new Agent();
    try {
      const response = await fetch(url, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
      return (await response.json()) as Record<string, unknown>;
    } finally {
      await agent.close();
    }
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const poll = async (deviceCode: string, intervalSeconds: number): Promise<boolean> => {
    let interval = intervalSeconds;
    for (;;) {
      await sleep(interval * 1000);
      const answer = await post(target.tokenEndpoint, {
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: deviceCode,
        client_id: target.clientId,
      });
      if (typeof answer.access_token === 'string') return true;
      if (answer.error === 'slow_down') interval += 5;
      else if (answer.error !== 'authorization_pending') return false;
    }
  };
  return {
    async warmUp() {},
    async start() {
      const code = await post(target.deviceAuthorizationEndpoint, {
        client_id: target.clientId,
        scope: 'openid',
      });
      const userCode = String(code.user_code);
      poll(String(code.device_code), Number(code.interval ?? 5)).then(
        (ok) => listener(userCode, ok),
        () => listener(userCode, false),
      );
      return userCode;
    },
    onOutcome(next) {
      listener = next;
    },
    async close() {},
  };
}
