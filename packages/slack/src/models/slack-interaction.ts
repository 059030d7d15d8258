import type { webApi } from '@slack/bolt';
import type { SlackIdentity } from '../calculations/slack-chat-user.js';

/**
 * One thing a user did that the adapter answers: a slash command, or a click on a message or in
 * App Home. Carries what is needed to answer privately, now and later.
 */
export interface SlackInteraction {
  readonly identity: SlackIdentity & { readonly teamId: string };
  /** `message`: answer through `responseUrl`; `home`: republish the App Home tab. */
  readonly surface: 'message' | 'home';
  readonly channelId?: string | undefined;
  readonly responseUrl?: string | undefined;
  /** Epoch milliseconds at which the request arrived, which starts the `response_url` clock. */
  readonly receivedAt: number;
  /** A click on a message replaces that message; a command posts a new one. */
  readonly replaceOriginal: boolean;
  /** The slash command, when there was one. */
  readonly command?: string | undefined;
  /** The request's Web API client, with the token Bolt resolved for the workspace. */
  readonly client: webApi.WebClient;
}
