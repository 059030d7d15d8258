import type { LoginView } from '@botlogin/core';
import type { types } from '@slack/bolt';
import { SlackActionId } from '../models/action-ids.js';
import type { SlackMessage } from '../models/slack-message.js';
import { actions, button, section } from './block-builders.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { providerName, type RenderContext } from './render-context.js';
import { slackTexts } from './slack-texts.js';

/** Characters of a failure's reason shown in chat; the full error goes to the logs. */
const reasonLength = 200;

/**
 * What replaces the pending card once the login has ended: success with the profile name,
 * declined, expired or failed (both with a "Try again" button), or cancelled.
 * A login still pending (presenters never get one) renders as a one-line status.
 */
export function renderOutcome(login: LoginView, ctx: RenderContext): SlackMessage {
  const texts = slackTexts(ctx.locale ?? login.locale, ctx.texts);
  const provider = providerName(ctx, login.providerId);
  const tryAgain = actions([
    button(texts.tryAgainButton, {
      actionId: SlackActionId.Login,
      value: login.providerId,
      style: 'primary',
    }),
  ]);
  const name = login.outcome?.profile?.name;
  let text: string;
  let blocks: types.KnownBlock[];
  switch (login.state) {
    case 'approved':
      text = texts.approved(provider, name === undefined ? undefined : escapeMrkdwn(name));
      blocks = [section(text)];
      break;
    case 'denied':
      text = texts.denied(provider);
      blocks = [section(text)];
      break;
    case 'expired':
      text = texts.expired(provider);
      blocks = [section(text), ...tryAgain];
      break;
    case 'failed': {
      const reason = login.outcome?.errorMessage ?? login.outcome?.errorCode ?? 'unknown error';
      text = texts.failed(provider, escapeMrkdwn(truncate(reason, reasonLength)));
      blocks = [section(text), ...tryAgain];
      break;
    }
    case 'cancelled':
      text = texts.cancelled(provider);
      blocks = [section(text)];
      break;
    case 'pending':
      text = texts.homePending(provider);
      blocks = [section(text)];
      break;
  }
  return { text, blocks };
}
