import type { LoginView } from '@botlogin/core';
import type { BotkitMessage } from 'botkit';
import { channelFormOf } from './channel-form.js';
import { describeExpiry } from './describe-expiry.js';
import { escapeMarkdown, markdownLinkTarget } from './escape-markdown.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** What the pending-login reply is made from. */
export interface PendingReplyInput {
  readonly login: LoginView;
  readonly providerName: string;
  /** The Bot Framework `channelId` of the conversation. */
  readonly channelId: string | undefined;
  /** Epoch milliseconds. */
  readonly now: number;
  /** The first cancel word, offered as the way out. */
  readonly cancelWord: string;
  /** True when the login was already pending and is shown again. */
  readonly again?: boolean;
}

/** Messenger caps a button template's text at 640 characters. */
const messengerTemplateTextLimit = 640;

/**
 * The reply that shows a pending login: the code, the link and the expiry as plain text that
 * reads well in an SMS, and, where the adapter passes one through, its native form with that
 * text as the fallback (a Markdown link and a Cancel quick reply on the web chat, a button
 * template on Messenger, blocks sent ephemerally on Slack).
 *
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3.3 (user interaction)
 */
export function renderPending(input: PendingReplyInput): Partial<BotkitMessage> {
  const { login, providerName, cancelWord } = input;
  const link = login.verificationUriComplete ?? login.verificationUri;
  const hasComplete = login.verificationUriComplete !== undefined;
  const expiry = `The code expires ${describeExpiry(login.expiresAt, input.now)}.`;
  const warning = 'Only enter this code if you just asked this bot to log you in.';
  const again = input.again ? 'You already have a login waiting; here it is again.' : undefined;
  const step = (page: string, code: string, provider = providerName) =>
    hasComplete
      ? `To log in to ${provider}, open ${page} and check that it shows the code ${code}.`
      : `To log in to ${provider}, open ${page} and enter the code ${code}.`;

  const lines = (first: string) =>
    [again, first, expiry, warning].filter((line) => line !== undefined);
  const text = [...lines(step(link, login.userCode)), `Reply "${cancelWord}" to stop.`].join('\n');

  switch (channelFormOf(input.channelId)) {
    case 'web': {
      // The user code and the link come from the provider: escaped, they show as sent and
      // cannot add a link or HTML of their own.
      const target = markdownLinkTarget(link);
      const page = target === undefined ? escapeMarkdown(link) : `[the login page](${target})`;
      return {
        text: [
          ...lines(step(page, `**${escapeMarkdown(login.userCode)}**`)),
          `Say "${cancelWord}" to stop.`,
        ].join('\n\n'),
        channelData: { quick_replies: [{ title: 'Cancel', payload: cancelWord }] },
      };
    }
    // Messenger shows a button template's text as plain text: nothing to escape.
    case 'facebook':
      return {
        channelData: {
          attachment: {
            type: 'template',
            payload: {
              template_type: 'button',
              text: lines(step('the login page', login.userCode))
                .join('\n')
                .slice(0, messengerTemplateTextLimit),
              buttons: [
                { type: 'web_url', url: link, title: 'Open login page' },
                { type: 'postback', title: 'Cancel', payload: cancelWord },
              ],
            },
          },
        },
      };
    case 'slack': {
      // mrkdwn has no escape for a backtick, so a code holding one cannot sit in a code span:
      // it goes in a plain-text section of its own, shown exactly as sent.
      const spanable = !login.userCode.includes('`');
      const code = spanable ? `\`${escapeMrkdwn(login.userCode)}\`` : 'below';
      return {
        text: escapeMrkdwn(text),
        channelData: {
          ephemeral: true,
          blocks: [
            {
              type: 'section',
              text: {
                type: 'mrkdwn',
                text: lines(step('the login page', code, escapeMrkdwn(providerName))).join('\n'),
              },
            },
            ...(spanable
              ? []
              : [
                  {
                    type: 'section',
                    text: { type: 'plain_text', text: login.userCode, emoji: false },
                  },
                ]),
            {
              type: 'actions',
              elements: [
                {
                  type: 'button',
                  action_id: 'botlogin_open',
                  style: 'primary',
                  text: { type: 'plain_text', text: 'Open login page' },
                  url: link,
                },
                {
                  type: 'button',
                  action_id: 'botlogin_cancel',
                  text: { type: 'plain_text', text: 'Cancel' },
                  value: cancelWord,
                },
              ],
            },
          ],
        },
      };
    }
    case 'plain':
      return { text };
  }
}
