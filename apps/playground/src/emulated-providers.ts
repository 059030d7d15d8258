import type { ProviderSpec } from '@botlogin/core';
import type { Emulator } from '@botlogin/emulator';

/** A provider the playground can log in to through the emulator. */
export interface EmulatedProvider {
  /** What `--provider` takes and the id the engine knows it by. */
  readonly name: string;
  readonly describe: string;
  readonly spec: (emulator: Emulator) => ProviderSpec;
}

/**
 * Every wire format the playground speaks, each pointed at the local emulator, so no
 * credentials and no network are needed.
 */
export const emulatedProviders: readonly EmulatedProvider[] = [
  {
    name: 'facebook',
    describe: "Facebook's device login (Graph API device/login, device/login_status)",
    spec: (emulator) => ({
      type: 'facebook',
      appId: emulator.facebook.appId,
      clientToken: emulator.facebook.clientToken,
      graphBaseUrl: emulator.graphUrl,
      scopes: ['public_profile', 'email'],
      profileFields: ['id', 'name', 'email', 'picture'],
    }),
  },
  {
    name: 'rfc8628',
    describe: 'Any OAuth 2.0 server following RFC 8628',
    spec: (emulator) => ({
      type: 'rfc8628',
      displayName: 'Emulated OAuth',
      deviceAuthorizationEndpoint: emulator.endpoints.deviceAuthorization,
      tokenEndpoint: emulator.endpoints.token,
      userinfoEndpoint: emulator.endpoints.userinfo,
      revocationEndpoint: emulator.endpoints.revocation,
      clientId: emulator.rfc8628.clientId,
      scopes: ['openid', 'profile', 'email'],
    }),
  },
  {
    name: 'github',
    describe: "GitHub's device flow (form-encoded answers, errors under HTTP 200)",
    spec: (emulator) => ({
      type: 'github',
      clientId: emulator.github.clientId,
      clientSecret: emulator.github.clientSecret,
      webBaseUrl: emulator.github.webUrl,
      apiBaseUrl: emulator.github.apiUrl,
    }),
  },
  {
    name: 'google',
    describe: "Google's limited-input device flow (verification_url, 428 and 403 answers)",
    spec: (emulator) => ({
      type: 'google',
      clientId: emulator.google.clientId,
      clientSecret: emulator.google.clientSecret,
      oauthBaseUrl: emulator.google.oauthUrl,
      openidBaseUrl: emulator.google.openidUrl,
    }),
  },
  {
    name: 'microsoft',
    describe: 'Microsoft Entra ID v2.0 (authorization_declined, AADSTS codes, Graph /me)',
    spec: (emulator) => ({
      type: 'microsoft',
      tenant: 'common',
      clientId: emulator.microsoft.clientId,
      authorityBaseUrl: emulator.microsoft.authorityUrl,
      graphBaseUrl: emulator.microsoft.graphUrl,
    }),
  },
];

/** The emulated provider called `name`, or undefined. */
export function findEmulatedProvider(name: string): EmulatedProvider | undefined {
  return emulatedProviders.find((provider) => provider.name === name);
}
