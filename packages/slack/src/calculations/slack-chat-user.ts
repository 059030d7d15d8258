import type { ChatUser } from '@botlogin/core';
import { slackPlatform } from '../models/slack-delivery.js';

/** The ids Slack gives with every request that say who acted, and where. */
export interface SlackIdentity {
  /** Set on Enterprise Grid; absent (or null in payloads) elsewhere. */
  readonly enterpriseId?: string | undefined;
  /** The workspace; may be absent for events of org-wide installations. */
  readonly teamId?: string | undefined;
  readonly userId: string;
}

/**
 * The core's chat user for a Slack user in one workspace. The tenant joins enterprise and team,
 * so the same person (on Enterprise Grid, the same user id) in two workspaces holds two separate
 * logins, as two installations of the app are two separate bots to them.
 *
 * @example `{ platform: 'slack', tenant: 'E01/T02', userId: 'U03' }`
 */
export function slackChatUser(identity: SlackIdentity): ChatUser {
  return { platform: slackPlatform, tenant: slackTenant(identity), userId: identity.userId };
}

/** `enterprise/team`, `team`, or `enterprise/` for org-level requests without a team. */
export function slackTenant(identity: Omit<SlackIdentity, 'userId'>): string {
  const enterprise = identity.enterpriseId || undefined;
  const team = identity.teamId || '';
  return enterprise === undefined ? team : `${enterprise}/${team}`;
}
