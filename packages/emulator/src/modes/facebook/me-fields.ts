import type { IssuedToken } from '../../models/issued-token.js';

/** Size Graph reports for the default profile picture. */
const PICTURE_SIZE = 50;

/**
 * The value of one `/me` field for the token's user, or `undefined` when the token may not
 * see it (Graph then leaves the field out rather than failing). `email` needs the `email`
 * permission; `public_profile` is granted to every login.
 */
export type MeField = (token: IssuedToken, baseUrl: string) => unknown;

/** The `/me` fields the emulator knows; asking for another one is a Graph error 100. */
export const ME_FIELDS: Record<string, MeField> = {
  id: (token) => token.user.id,
  name: (token) => token.user.name,
  first_name: (token) => token.user.name.split(' ')[0],
  last_name: (token) => token.user.name.split(' ').slice(1).join(' ') || undefined,
  email: (token) => (token.scopes.includes('email') ? token.user.email : undefined),
  picture: (token, baseUrl) => ({
    data: {
      height: PICTURE_SIZE,
      is_silhouette: token.user.avatarUrl === undefined,
      url: token.user.avatarUrl ?? `${baseUrl}/avatar.svg`,
      width: PICTURE_SIZE,
    },
  }),
  permissions: (token) => ({
    data: [...new Set(['public_profile', ...token.scopes])].map((permission) => ({
      permission,
      status: 'granted',
    })),
  }),
};
