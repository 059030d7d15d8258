import { createBotlogin } from '@botlogin/core';
import type { BenchTarget, Contender } from '../lib/protocol.js';

/** Our engine with its defaults: in-memory scheduler, stores and undici HTTP client. */
export function ours(target: BenchTarget): Contender {
  const botlogin = createBotlogin({
    providers: [
      {
        type: 'rfc8628',
        deviceAuthorizationEndpoint: target.deviceAuthorizationEndpoint,
        tokenEndpoint: target.tokenEndpoint,
        userinfoEndpoint: target.userinfoEndpoint,
        clientId: target.clientId,
      },
    ],
  });
  const providerId = botlogin.login.listProviders()[0]?.id ?? 'rfc8628';
  return {
    async warmUp() {},
    async start(index) {
      const { login } = await botlogin.login.start({
        chatUser: { platform: 'bench', userId: `u${index}` },
        providerId,
      });
      return login.userCode;
    },
    onOutcome(listener) {
      botlogin.login.events.on('outcome', (view) =>
        listener(view.userCode, view.state === 'approved'),
      );
    },
    close: () => botlogin.close(),
  };
}
