import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** Clients of the conformance server: one confidential, one public. */
export const oidcClients = {
  confidential: { clientId: 'chat-bot', clientSecret: 'conformance-secret-0123456789' },
  public: { clientId: 'public-chat-bot' },
} as const;

export interface OidcServer {
  readonly issuer: string;
  close(): Promise<void>;
}

/**
 * panva's oidc-provider, unmodified, on 127.0.0.1 with the device flow, revocation and its
 * development login pages; refresh tokens rotate. Accounts are whatever login name is typed.
 */
export async function startOidcServer(): Promise<OidcServer> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const grantTypes = ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'];
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: oidcClients.confidential.clientId,
        client_secret: oidcClients.confidential.clientSecret,
        grant_types: grantTypes,
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: oidcClients.public.clientId,
        grant_types: grantTypes,
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'none',
      },
    ],
    features: {
      deviceFlow: { enabled: true },
      revocation: { enabled: true },
      devInteractions: { enabled: true },
    },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    findAccount: (_context: unknown, id: string) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        name: `User ${id}`,
        email: `${id}@example.test`,
        email_verified: true,
      }),
    }),
    cookies: { keys: ['conformance-cookie-key-0123456789'] },
    rotateRefreshToken: true,
    // Keeps expired device codes readable, so a late poll gets expired_token, not invalid_grant.
    clockTolerance: 3600,
    ttl: {
      DeviceCode: 600,
      AccessToken: 3600,
      RefreshToken: 86_400,
      Grant: 86_400,
      Session: 3600,
      Interaction: 600,
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
