/** Paths of the RFC 8628 side, relative to the issuer; the metadata document lists them. */
export const RFC8628_PATHS = {
  deviceAuthorization: '/oauth/device_authorization',
  token: '/oauth/token',
  userinfo: '/oauth/userinfo',
  revocation: '/oauth/revoke',
} as const;

/** RFC 8628 §7.2: the grant type a device polls with. */
export const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';

/** RFC 6749 §3.3 lets a server substitute a default when `scope` is omitted. */
export const DEFAULT_SCOPES = ['openid', 'profile', 'email'];
