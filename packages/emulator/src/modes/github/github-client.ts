/** The one OAuth app the GitHub mode knows, and where its two hosts live under the emulator. */
export const GITHUB_CLIENT = {
  /** Shaped like a GitHub App's client id. */
  clientId: 'Iv1.0b07l0g1ne4u1a',
  /** Only `DELETE /applications/{client_id}/token` needs it; the device flow never does. */
  clientSecret: 'emulator-github-secret',
} as const;

/** `github.com` (device and token endpoints) and `api.github.com`, relative to the emulator. */
export const GITHUB_PATHS = {
  web: '/github',
  api: '/github/api',
} as const;

/** The scopes a token gets when the client asks for none (GitHub grants public access). */
export const GITHUB_DEFAULT_SCOPES: string[] = [];
