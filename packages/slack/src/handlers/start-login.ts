import { BotloginError, ErrorCode, type LoginView } from '@botlogin/core';
import { describeSlackError } from '../calculations/describe-slack-error.js';
import { escapeMrkdwn } from '../calculations/mrkdwn.js';
import { renderNotice } from '../calculations/render-notice.js';
import { renderPendingCard } from '../calculations/render-pending-card.js';
import { canUseResponseUrl } from '../calculations/response-url-budget.js';
import {
  readSlackDelivery,
  type SlackDelivery,
  slackPlatform,
  toDeliveryHandle,
} from '../models/slack-delivery.js';
import type { SlackInteraction } from '../models/slack-interaction.js';
import type { SlackRuntime } from '../services/slack-runtime.js';
import { answer } from './answer.js';

/**
 * Starts (or finds the pending) login of the interaction's user with a provider, shows the
 * pending card privately, and keeps the card's delivery handle with the session so that whichever
 * process ends the login can replace the card with the outcome.
 *
 * A second `/login` while one is pending shows the same code again, in the new message, and
 * retires the older card, whose outcome would otherwise never come.
 */
export async function startLogin(
  runtime: SlackRuntime,
  interaction: SlackInteraction,
  providerId: string,
): Promise<void> {
  let login: LoginView;
  let created: boolean;
  try {
    ({ login, created } = await runtime.login.start({
      chatUser: runtime.chatUser(interaction),
      providerId,
    }));
  } catch (error) {
    await answer(runtime, interaction, renderNotice(startFailure(runtime, providerId, error)));
    return;
  }

  const ctx = runtime.renderContext();
  const requester = { userId: interaction.identity.userId, command: interaction.command };
  const delivery = await answer(runtime, interaction, renderPendingCard(login, requester, ctx));
  if (!created) await retireOlderCard(runtime, login, delivery);
  await runtime.login.attachDelivery(login.id, toDeliveryHandle(delivery));
}

/** Replaces the card of an earlier `/login` with a pointer to the newer one, if Slack lets us. */
async function retireOlderCard(
  runtime: SlackRuntime,
  login: LoginView,
  current: SlackDelivery,
): Promise<void> {
  if (login.delivery?.platform !== slackPlatform) return;
  try {
    const older = readSlackDelivery(login.delivery);
    if (older.responseUrl === undefined || older.responseUrl === current.responseUrl) return;
    if (!canUseResponseUrl(older, runtime.now())) return;
    await runtime.postToResponseUrl(older.responseUrl, renderNotice(runtime.texts().superseded));
  } catch (error) {
    runtime.logger.debug('The older login card could not be retired', {
      loginId: login.id,
      error: describeSlackError(error),
    });
  }
}

/** A polite, safe sentence for why a login could not start. */
function startFailure(runtime: SlackRuntime, providerId: string, error: unknown): string {
  const texts = runtime.texts();
  const name = escapeMrkdwn(runtime.renderContext().providerNames.get(providerId) ?? providerId);
  if (BotloginError.is(error) && error.code === ErrorCode.RateLimited) {
    const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs ?? 1000;
    return texts.rateLimited(Math.max(1, Math.ceil(retryAfterMs / 1000)));
  }
  const code = BotloginError.is(error) ? error.code : describeSlackError(error);
  runtime.logger.warn('A login could not start', { platform: 'slack', providerId, error: code });
  return BotloginError.is(error) ? texts.startFailed(name) : texts.somethingWentWrong;
}
