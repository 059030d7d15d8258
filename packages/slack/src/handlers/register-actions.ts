import { BotloginError, chatUserKey, ErrorCode } from '@botlogin/core';
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { escapeMrkdwn } from '../calculations/mrkdwn.js';
import { renderNotice } from '../calculations/render-notice.js';
import { renderOutcome } from '../calculations/render-outcome.js';
import { SlackActionId, SlackActionPattern } from '../models/action-ids.js';
import { toDeliveryHandle } from '../models/slack-delivery.js';
import type { SlackInteraction } from '../models/slack-interaction.js';
import type { SlackRuntime } from '../services/slack-runtime.js';
import { answer, deliveryOf } from './answer.js';
import { guarded } from './guarded.js';
import { actionInteraction } from './interactions.js';
import { startLogin } from './start-login.js';

type ButtonClick = BlockAction<ButtonAction>;

/**
 * Registers the buttons: the verification link (Slack sends a payload even for URL buttons, and
 * shows a warning unless it is acked), Cancel, Login (provider choice, "Try again", App Home)
 * and Logout (App Home).
 *
 * @see https://docs.slack.dev/interactivity/handling-user-interaction
 */
export function registerActions(app: App, runtime: SlackRuntime): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: SlackActionId.Open },
    async ({ ack }) => {
      await ack();
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: SlackActionId.Cancel },
    async ({ ack, body, action, client }) => {
      await ack();
      const interaction = actionInteraction(body, client, runtime.now());
      await guarded(runtime, interaction, 'cancel button', () =>
        cancel(runtime, interaction, action.value ?? ''),
      );
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: SlackActionPattern.Login },
    async ({ ack, body, action, client }) => {
      await ack();
      const interaction = actionInteraction(body, client, runtime.now());
      await guarded(runtime, interaction, 'login button', async () => {
        const providerId = action.value ?? '';
        if (!runtime.renderContext().providerNames.has(providerId)) {
          await answer(runtime, interaction, renderNotice(runtime.texts().somethingWentWrong));
          return;
        }
        await startLogin(runtime, interaction, providerId);
      });
    },
  );

  app.action<ButtonClick>(
    { type: 'block_actions', action_id: SlackActionId.Logout },
    async ({ ack, body, action, client }) => {
      await ack();
      const interaction = actionInteraction(body, client, runtime.now());
      await guarded(runtime, interaction, 'logout button', async () => {
        const providerId = action.value ?? '';
        const texts = runtime.texts();
        const name = runtime.renderContext().providerNames.get(providerId) ?? providerId;
        const done = await runtime.login.logout(runtime.chatUser(interaction), providerId);
        const text = done ? texts.loggedOut(escapeMrkdwn(name)) : texts.notLoggedIn;
        await answer(runtime, interaction, renderNotice(text));
      });
    },
  );
}

/**
 * Cancels a login from its card. Only the user who started it may: the card is ephemeral, but a
 * payload is only as trustworthy as the user id in it, so the check is made here and again by
 * the core. The click's own `response_url` is fresh (30 minutes, 5 posts), so it becomes the
 * login's delivery handle before the cancel, and the presenter replaces the card through it.
 */
async function cancel(
  runtime: SlackRuntime,
  interaction: SlackInteraction,
  loginId: string,
): Promise<void> {
  const texts = runtime.texts();
  const actor = runtime.chatUser(interaction);
  const login = loginId === '' ? undefined : await runtime.login.get(loginId);
  if (login === undefined) {
    await answer(runtime, interaction, renderNotice(texts.loginGone));
    return;
  }
  if (chatUserKey(login.chatUser) !== chatUserKey(actor)) {
    runtime.logger.warn('Refused a cancel by another user', { platform: 'slack', loginId });
    await answer(runtime, interaction, renderNotice(texts.notAllowed), false);
    return;
  }
  if (login.state !== 'pending') {
    await answer(runtime, interaction, renderOutcome(login, runtime.renderContext()));
    return;
  }
  await runtime.login.attachDelivery(login.id, toDeliveryHandle(deliveryOf(interaction)));
  try {
    await runtime.login.cancel(login.id, actor);
  } catch (error) {
    if (!BotloginError.is(error) || error.code !== ErrorCode.NotAllowed) throw error;
    await answer(runtime, interaction, renderNotice(texts.notAllowed), false);
  }
}
