import type { types } from '@slack/bolt';

/** A Block Kit message: blocks plus the plain `text` Slack shows in notifications. */
export interface SlackMessage {
  /** Fallback for notifications and screen readers. */
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

/** Where the user ran the command or clicked, as the renderers need it. */
export interface SlackRequester {
  readonly userId: string;
  /** The slash command they ran, e.g. `/login`, when there was one. */
  readonly command?: string | undefined;
}
