import type { DeliveryHandle } from '@botlogin/core';
import { DiscordError, DiscordErrorCode } from '../errors/discord-error.js';

/** The platform name the adapter registers its presenter and delivery handles under. */
export const discordPlatform = 'discord';

/**
 * Everything needed to edit the login's message later, from any process or shard: the
 * interaction webhook (application id and token), when that token stops working, and the user
 * for the direct-message fallback.
 *
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages
 */
export interface DiscordDelivery {
  readonly applicationId: string;
  /** Interaction token; Discord accepts it for 15 minutes after the interaction. */
  readonly interactionToken: string;
  /** Epoch milliseconds after which the token no longer edits the message. */
  readonly tokenExpiresAt: number;
  readonly userId: string;
  /** The interaction's locale, used to render the outcome. */
  readonly locale: string;
}

/** Wraps the delivery data for `LoginService.attachDelivery`. */
export function toDeliveryHandle(delivery: DiscordDelivery): DeliveryHandle {
  return {
    platform: discordPlatform,
    data: {
      applicationId: delivery.applicationId,
      interactionToken: delivery.interactionToken,
      tokenExpiresAt: delivery.tokenExpiresAt,
      userId: delivery.userId,
      locale: delivery.locale,
    },
  };
}

/**
 * Reads delivery data back from a session, which may come from a store written by another
 * process.
 *
 * @throws DiscordError `BOTLOGIN_DISCORD_BAD_DELIVERY` when a field is missing or mistyped.
 */
export function readDeliveryHandle(handle: DeliveryHandle): DiscordDelivery {
  const { applicationId, interactionToken, tokenExpiresAt, userId, locale } = handle.data;
  if (
    handle.platform !== discordPlatform ||
    typeof applicationId !== 'string' ||
    typeof interactionToken !== 'string' ||
    typeof tokenExpiresAt !== 'number' ||
    typeof userId !== 'string' ||
    typeof locale !== 'string'
  ) {
    throw new DiscordError(
      DiscordErrorCode.BadDelivery,
      'The login has a delivery handle this Discord adapter cannot read.',
    );
  }
  return { applicationId, interactionToken, tokenExpiresAt, userId, locale };
}
