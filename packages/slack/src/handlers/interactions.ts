import type { BlockAction, ButtonAction, SlashCommand, webApi } from '@slack/bolt';
import type { SlackInteraction } from '../models/slack-interaction.js';

/** The interaction of a slash command: answers are new ephemeral messages via `response_url`. */
export function commandInteraction(
  command: SlashCommand,
  client: webApi.WebClient,
  now: number,
): SlackInteraction {
  return {
    identity: {
      enterpriseId: command.enterprise_id || undefined,
      teamId: command.team_id,
      userId: command.user_id,
    },
    surface: 'message',
    channelId: command.channel_id || undefined,
    responseUrl: command.response_url || undefined,
    receivedAt: now,
    replaceOriginal: false,
    command: command.command,
    client,
  };
}

/**
 * The interaction of a button click: on a message, answers replace that message through the
 * click's own, fresh `response_url`; in App Home, the tab is republished.
 */
export function actionInteraction(
  body: BlockAction<ButtonAction>,
  client: webApi.WebClient,
  now: number,
): SlackInteraction {
  const home = body.view?.type === 'home';
  return {
    identity: {
      enterpriseId: body.enterprise?.id ?? body.team?.enterprise_id ?? undefined,
      teamId: body.team?.id ?? body.user.team_id ?? '',
      userId: body.user.id,
    },
    surface: home ? 'home' : 'message',
    channelId: body.channel?.id,
    responseUrl: home ? undefined : body.response_url || undefined,
    receivedAt: now,
    replaceOriginal: true,
    client,
  };
}
