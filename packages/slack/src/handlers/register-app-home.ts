import type { App } from '@slack/bolt';
import { describeSlackError } from '../calculations/describe-slack-error.js';
import { publishHome } from '../services/publish-home.js';
import type { SlackRuntime } from '../services/slack-runtime.js';

/**
 * Publishes the App Home tab whenever a user opens it: their state with each provider and a
 * Login or Logout button.
 *
 * @see https://docs.slack.dev/reference/events/app_home_opened
 */
export function registerAppHome(app: App, runtime: SlackRuntime): void {
  app.event('app_home_opened', async ({ event, body, context, client }) => {
    if (event.tab !== 'home') return;
    const teamId = context.teamId ?? body.team_id ?? '';
    const identity = { enterpriseId: context.enterpriseId, teamId, userId: event.user };
    try {
      await publishHome(runtime, identity, client);
    } catch (error) {
      runtime.logger.error('Publishing the Slack App Home failed', {
        platform: 'slack',
        error: describeSlackError(error),
      });
    }
  });
}
