import type { webApi } from '@slack/bolt';
import { type HomeProviderState, renderHomeView } from '../calculations/render-home-view.js';
import { type SlackIdentity, slackChatUser } from '../calculations/slack-chat-user.js';
import type { SlackMessage } from '../models/slack-message.js';
import type { SlackRuntime } from './slack-runtime.js';

/**
 * Publishes the user's App Home tab with their current state per provider, and optionally a
 * banner on top (the outcome of the login that just ended, or an answer to a click).
 *
 * @see https://docs.slack.dev/reference/methods/views.publish
 */
export async function publishHome(
  runtime: SlackRuntime,
  identity: SlackIdentity,
  client: webApi.WebClient,
  banner?: SlackMessage,
): Promise<void> {
  const chatUser = slackChatUser(identity);
  const ctx = runtime.renderContext();
  const logins = await runtime.login.listLogins(chatUser);
  const states = new Map<string, HomeProviderState>();
  for (const providerId of ctx.providerNames.keys()) {
    const stored = logins.find((login) => login.providerId === providerId);
    const pending = await runtime.login.findPending(chatUser, providerId);
    if (pending !== undefined && pending.expiresAt > runtime.now()) {
      states.set(providerId, { kind: 'pending', login: pending });
    } else if (stored !== undefined) {
      states.set(providerId, { kind: 'connected', name: stored.profile?.name });
    }
  }
  const view = renderHomeView({ userId: identity.userId, states, banner }, ctx);
  await client.views.publish({ user_id: identity.userId, view });
}
