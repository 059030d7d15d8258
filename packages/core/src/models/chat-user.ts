/**
 * The chat user a login belongs to, as the platform adapter identifies them.
 *
 * `platform` names the adapter (`discord`, `slack`, `telegram`, `botkit`, `terminal`).
 * `tenant` separates installations where one person can hold several identities: a Slack
 * enterprise and team, a Botkit channel. `userId` is the platform's own user id.
 */
export interface ChatUser {
  readonly platform: string;
  readonly tenant?: string;
  readonly userId: string;
}

/**
 * One string that identifies a chat user across platforms and tenants, used as the key of the
 * session and token stores.
 */
export function chatUserKey(user: ChatUser): string {
  const parts = [user.platform, user.tenant ?? '', user.userId].map(encodeURIComponent);
  return parts.join(':');
}
