import * as client from 'openid-client';
import type { BenchTarget, Contender } from '../lib/protocol.js';

/**
 * `openid-client` v6: discovery at the emulator's issuer (RFC 8414 metadata), then
 * `initiateDeviceAuthorization` and `pollDeviceAuthorizationGrant` per login. Plain HTTP is
 * allowed because the emulator listens on loopback.
 */
export function openid(target: BenchTarget): Contender {
  let config: client.Configuration | undefined;
  let listener: (userCode: string, ok: boolean) => void = () => {};
  return {
    async warmUp() {
      config = await client.discovery(
        new URL(target.issuer),
        target.clientId,
        undefined,
        client.None(),
        { execute: [client.allowInsecureRequests], algorithm: 'oauth2' },
      );
    },
    async start() {
      const configuration = config as client.Configuration;
      const answer = await client.initiateDeviceAuthorization(configuration, { scope: 'openid' });
      client.pollDeviceAuthorizationGrant(configuration, answer).then(
        () => listener(answer.user_code, true),
        () => listener(answer.user_code, false),
      );
      return answer.user_code;
    },
    onOutcome(next) {
      listener = next;
    },
    async close() {},
  };
}
