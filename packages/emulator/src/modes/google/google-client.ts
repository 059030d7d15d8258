/** The one "TVs and Limited Input devices" client the Google mode knows. */
export const GOOGLE_CLIENT = {
  clientId: '000000000000-botlogin.apps.googleusercontent.com',
  /** Google requires it at the token endpoint although such clients cannot keep it secret. */
  clientSecret: 'GOCSPX-emulator-secret',
} as const;

/** `oauth2.googleapis.com` and `openidconnect.googleapis.com`, both under `/google`. */
export const GOOGLE_PATHS = {
  base: '/google',
  deviceCode: '/google/device/code',
  token: '/google/token',
  revoke: '/google/revoke',
  userinfo: '/google/v1/userinfo',
} as const;

/**
 * The device flow's scope allow-list (Google's doc, current version); anything else is
 * `invalid_scope`.
 * @see https://developers.google.com/identity/protocols/oauth2/limited-input-device#allowedscopes
 */
export const GOOGLE_DEVICE_SCOPES = new Set([
  'openid',
  'email',
  'profile',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/userinfo.profile',
  'https://www.googleapis.com/auth/drive.appdata',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/youtube',
  'https://www.googleapis.com/auth/youtube.readonly',
]);

/** Access tokens live an hour; Google answers 3599. */
export const GOOGLE_ACCESS_TOKEN_TTL = 3599;
