import type { LoginView } from '@botlogin/core';
import type { BotkitMessage } from 'botkit';
import { channelFormOf } from './channel-form.js';

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
  const text = outcomeText(input);
  return channelFormOf(input.channelId) === 'slack'
    ? { text, channelData: { ephemeral: true } }
    : { text };
}

function outcomeText({ login, providerName, loginWord }: OutcomeReplyInput): string {
  const retry = `Say "${loginWord}" to try again.`;
  switch (login.state) {
    case 'approved': {
      const name = login.outcome?.profile?.name;
      return name === undefined
        ? `You are now logged in to ${providerName}.`
        : `You are now logged in to ${providerName} as ${name}.`;
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
