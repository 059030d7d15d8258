import type { SlackDelivery } from '../models/slack-delivery.js';

/**
 * Slack accepts up to 5 posts to a `response_url` within 30 minutes of the interaction that
 * issued it. The margin keeps the adapter from spending a post Slack may refuse on arrival.
 *
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export const ResponseUrlLimit = {
  lifetimeMs: 30 * 60 * 1000,
  uses: 5,
  marginMs: 30 * 1000,
} as const;

/** Whether the delivery's `response_url` may still take a post at `now` (epoch ms). */
export function canUseResponseUrl(delivery: SlackDelivery, now: number): boolean {
  if (delivery.responseUrl === undefined || delivery.responseUrlIssuedAt === undefined)
    return false;
  const age = now - delivery.responseUrlIssuedAt;
  const uses = delivery.responseUrlUses ?? 0;
  return (
    age < ResponseUrlLimit.lifetimeMs - ResponseUrlLimit.marginMs && uses < ResponseUrlLimit.uses
  );
}

/** The delivery after one more post through its `response_url`. */
export function spendResponseUrl(delivery: SlackDelivery): SlackDelivery {
  return { ...delivery, responseUrlUses: (delivery.responseUrlUses ?? 0) + 1 };
}

/** The delivery with its `response_url` marked as used up, after Slack refused a post. */
export function exhaustResponseUrl(delivery: SlackDelivery): SlackDelivery {
  return { ...delivery, responseUrlUses: ResponseUrlLimit.uses };
}
