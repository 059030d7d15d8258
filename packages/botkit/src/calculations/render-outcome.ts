import type { LoginView } from '@botlogin/core';
import type { BotkitMessage } from 'botkit';
import { type ChannelForm, channelFormOf } from './channel-form.js';
import { escapeMarkdown } from './escape-markdown.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** What the outcome message is made from. */
export interface OutcomeReplyInput {
  readonly login: LoginView;
  readonly providerName: string;
  readonly channelId: string | undefined;
  /** The first login word, offered to try again. */
  readonly loginWord: string;
}

/**
 * The message that tells the user how their login ended. It carries no code or link, so it is
 * plain text everywhere; on Slack it stays ephemeral like the card it follows.
 */
export function renderOutcome(input: OutcomeReplyInput): Partial<BotkitMessage> {
  const form = channelFormOf(input.channelId);
  const text = outcomeText(input, showName(form));
  return form === 'slack' ? { text, channelData: { ephemeral: true } } : { text };
}

/**
 * How a profile name, which its owner chose freely, is made literal for the form: Markdown on
 * the web chat, mrkdwn on Slack (no `<!channel>` or links), plain text elsewhere.
 */
function showName(form: ChannelForm): (name: string) => string {
  switch (form) {
    case 'web':
      return escapeMarkdown;
    case 'slack':
      return escapeMrkdwn;
    case 'facebook':
    case 'plain':
      return (name) => name;
  }
}

function outcomeText(
  { login, providerName, loginWord }: OutcomeReplyInput,
  show: (name: string) => string,
): string {
  const retry = `Say "${loginWord}" to try again.`;
  switch (login.state) {
    case 'approved': {
      const name = login.outcome?.profile?.name;
      return name === undefined
        ? `You are now logged in to ${providerName}.`
        : `You are now logged in to ${providerName} as ${show(name)}.`;
    }
    case 'denied':
      return `The login to ${providerName} was denied. ${retry}`;
    case 'expired':
      return `The login code for ${providerName} expired before it was approved. ${retry}`;
    case 'cancelled':
      return `The login to ${providerName} was cancelled.`;
    case 'failed':
      return (
        `The login to ${providerName} failed ` +
        `(${login.outcome?.errorCode ?? 'unknown error'}). ${retry}`
      );
    case 'pending':
      return `The login to ${providerName} is still waiting for approval.`;
  }
}
