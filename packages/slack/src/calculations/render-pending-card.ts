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
  // mrkdwn has no escape for a backtick, so a code holding one cannot sit in the code span of
  // `pendingCode`: it goes in a plain-text section of its own, shown exactly as sent.
  const spanable = !login.userCode.includes('`');
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
    ...(spanable
      ? [section(`${texts.pendingCode(escapeMrkdwn(login.userCode))}\n${steps}`)]
      : [plainSection(login.userCode), section(steps)]),
    context(slackDate(login.expiresAt, texts.pendingExpiryFormat)),
    ...actions(buttons),
    context(
      texts.pendingRequestedBy(`<@${requester.userId}>`, requester.command),
      texts.pendingWarning,
    ),
  ];
  // The notification text is mrkdwn too.
  const text = escapeMrkdwn(`${texts.pendingTitle(provider)}: ${login.userCode}`);
  return { text, blocks };
}

/** A section of plain text, with `:name:` left as typed rather than turned into an emoji. */
function plainSection(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'plain_text', text, emoji: false } };
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
