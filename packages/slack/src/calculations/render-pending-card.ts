import type { LoginView } from '@botlogin/core';
import type { types } from '@slack/bolt';
import { SlackActionId } from '../models/action-ids.js';
import type { SlackMessage, SlackRequester } from '../models/slack-message.js';
import { actions, BlockKitLimit, button, context, header, section } from './block-builders.js';
import { escapeMrkdwn, slackDate } from './mrkdwn.js';
import { providerName, type RenderContext } from './render-context.js';
import { slackTexts } from './slack-texts.js';

/**
 * The card of a pending login, for the one user who asked: the user code, when it expires (a
 * date Slack renders in the viewer's time zone; Slack has no live countdown), who asked and a
 * warning against codes one did not ask for, a link button to the verification page (the
 * complete URI, with the code filled in, where the provider gives one) and a Cancel button
 * carrying the login id.
 *
 * No QR code: an `image` block needs a URL Slack's servers can fetch or a file shared into a
 * conversation, so the QR would have to be published; the link button opens the page directly.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3.3 (user interaction)
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
export function renderPendingCard(
  login: LoginView,
  requester: SlackRequester,
  ctx: RenderContext,
): SlackMessage {
  const texts = slackTexts(ctx.locale ?? login.locale, ctx.texts);
  const provider = providerName(ctx, login.providerId);
  const link = login.verificationUriComplete ?? login.verificationUri;
  const linkFits = isWebUrl(link) && link.length <= BlockKitLimit.buttonUrl;
  const code = escapeMrkdwn(login.userCode);
  const steps = linkFits
    ? texts.pendingSteps(provider)
    : `${texts.pendingSteps(provider)}\n${escapeMrkdwn(link)}`;

  const buttons: types.Button[] = [
    ...(linkFits
      ? [
          button(texts.openButton(provider), {
            actionId: SlackActionId.Open,
            url: link,
            style: 'primary',
          }),
        ]
      : []),
    button(texts.cancelButton, {
      actionId: SlackActionId.Cancel,
      value: login.id,
      style: 'danger',
    }),
  ];
  const blocks: types.KnownBlock[] = [
    header(texts.pendingTitle(provider)),
    section(`${texts.pendingCode(code)}\n${steps}`),
    context(slackDate(login.expiresAt, texts.pendingExpiryFormat)),
    ...actions(buttons),
    context(
      texts.pendingRequestedBy(`<@${requester.userId}>`, requester.command),
      texts.pendingWarning,
    ),
  ];
  return { text: `${texts.pendingTitle(provider)}: ${login.userCode}`, blocks };
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
