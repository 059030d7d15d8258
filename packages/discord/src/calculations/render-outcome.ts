import type { LoginView } from '@botlogin/core';
import { type APIEmbed, ButtonStyle, ComponentType, escapeMarkdown } from 'discord.js';
import { localize } from '../i18n/localize.js';
import type { DiscordMessage } from '../models/discord-message.js';
import { assertDiscordLimits } from './assert-discord-limits.js';
import { encodeButton } from './custom-ids.js';
import { Colors, type RenderOptions } from './render-options.js';
import { truncate } from './truncate.js';

/**
 * The card that replaces the pending one when the login ends: who logged in (name and avatar),
 * or why it did not, with a Try again button after expiry. The code and the Cancel button are
 * gone, since neither applies any more.
 *
 * @param login - an ended login (a pending one renders as cancelled).
 * @throws DiscordError `BOTLOGIN_DISCORD_LIMIT` if the result breaks a Discord limit.
 */
export function renderOutcome(
  login: LoginView,
  options: Omit<RenderOptions, 'qrCode' | 'alreadyPending'>,
): DiscordMessage {
  const m = localize(options.locale, options.tables);
  const provider = options.providerName;
  let embed: APIEmbed;
  let retry = false;
  switch (login.state) {
    case 'approved': {
      const profile = login.outcome?.profile;
      const name = profile === undefined ? undefined : truncate(escapeMarkdown(profile.name), 100);
      embed = {
        title: m.approvedTitle(),
        description:
          name === undefined ? m.approvedWithoutProfile(provider) : m.approvedBody(provider, name),
        color: Colors.approved,
        ...(profile?.avatarUrl !== undefined && /^https?:\/\//.test(profile.avatarUrl)
          ? { thumbnail: { url: profile.avatarUrl } }
          : {}),
      };
      break;
    }
    case 'denied':
      embed = { title: m.deniedTitle(), description: m.deniedBody(provider), color: Colors.denied };
      break;
    case 'expired':
      embed = { title: m.expiredTitle(), description: m.expiredBody(), color: Colors.expired };
      retry = true;
      break;
    case 'failed':
      embed = {
        title: m.failedTitle(),
        description: m.failedBody(provider, m.failureReason(login.outcome?.errorCode, provider)),
        color: Colors.failed,
      };
      break;
    case 'cancelled':
    case 'pending':
      embed = {
        title: m.cancelledTitle(),
        description: m.cancelledBody(provider),
        color: Colors.cancelled,
      };
      break;
  }
  const message: DiscordMessage = {
    embeds: [embed],
    components: retry
      ? [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.Button,
                style: ButtonStyle.Primary,
                label: m.tryAgainButton(),
                custom_id: encodeButton({
                  action: 'retry',
                  userId: login.chatUser.userId,
                  providerId: login.providerId,
                }),
              },
            ],
          },
        ]
      : [],
  };
  assertDiscordLimits(message);
  return message;
}
