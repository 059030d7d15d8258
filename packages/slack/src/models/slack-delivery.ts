import type { DeliveryHandle, JsonValue } from '@botlogin/core';
import { SlackAdapterError, SlackErrorCode } from '../errors/slack-adapter-error.js';

/** The `platform` of Slack chat users and delivery handles. */
export const slackPlatform = 'slack';

/**
 * Everything any bot process needs to update what a login showed on Slack, kept with the session
 * as its delivery handle.
 *
 * `message`: an ephemeral message reached through its `response_url`, which Slack honours for
 * 30 minutes and 5 posts; the uses spent are counted here so that no process overdraws it.
 * `home`: the user's App Home tab, republished with `views.publish`.
 *
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export interface SlackDelivery {
  readonly target: 'message' | 'home';
  readonly enterpriseId?: string;
  readonly teamId: string;
  readonly userId: string;
  /** The conversation of the message, for the `chat.postEphemeral` fallback. */
  readonly channelId?: string;
  /** A secret of sorts: it lets anyone post into the conversation while it lives. Never logged. */
  readonly responseUrl?: string;
  /** Epoch milliseconds at which Slack issued `responseUrl`. */
  readonly responseUrlIssuedAt?: number;
  /** Posts already made through `responseUrl`. */
  readonly responseUrlUses?: number;
}

/** Wraps the Slack delivery into the core's handle, dropping absent fields. */
export function toDeliveryHandle(delivery: SlackDelivery): DeliveryHandle {
  const data: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(delivery)) {
    if (value !== undefined) data[key] = value as JsonValue;
  }
  return { platform: slackPlatform, data };
}

/**
 * Reads a handle back, checking every field, since it may come from a store another version of
 * the adapter wrote.
 *
 * @throws SlackAdapterError `BOTLOGIN_SLACK_BAD_DELIVERY_HANDLE`.
 */
export function readSlackDelivery(handle: DeliveryHandle | undefined): SlackDelivery {
  const data = handle?.data;
  const bad = (what: string) =>
    new SlackAdapterError(
      SlackErrorCode.BadDeliveryHandle,
      `The login's Slack delivery handle ${what}; it was not written by this adapter.`,
    );
  if (handle === undefined || data === undefined) throw bad('is missing');
  if (handle.platform !== slackPlatform) throw bad(`belongs to "${handle.platform}"`);
  const target = data['target'];
  if (target !== 'message' && target !== 'home') throw bad('has no valid target');
  const text = (key: string, required: boolean): string | undefined => {
    const value = data[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value === '') throw bad(`has no valid ${key}`);
    return value;
  };
  const count = (key: string): number | undefined => {
    const value = data[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(`has no valid ${key}`);
    return value;
  };
  const delivery: SlackDelivery = {
    target,
    teamId: text('teamId', true)!,
    userId: text('userId', true)!,
    ...optional('enterpriseId', text('enterpriseId', false)),
    ...optional('channelId', text('channelId', false)),
    ...optional('responseUrl', text('responseUrl', false)),
    ...optional('responseUrlIssuedAt', count('responseUrlIssuedAt')),
    ...optional('responseUrlUses', count('responseUrlUses')),
  };
  if (target === 'message' && delivery.responseUrl === undefined && !delivery.channelId) {
    throw bad('has neither a response_url nor a channel');
  }
  return delivery;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
