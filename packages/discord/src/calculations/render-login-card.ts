import type { LoginView } from '@botlogin/core';
import { ButtonStyle, ComponentType, TimestampStyles, time, userMention } from 'discord.js';
import { localize } from '../i18n/localize.js';
import type { DiscordMessage } from '../models/discord-message.js';
import { assertDiscordLimits } from './assert-discord-limits.js';
import { encodeButton } from './custom-ids.js';
import { Colors, qrFileName, type RenderOptions } from './render-options.js';
import { truncate } from './truncate.js';

/**
 * The pending login card (RFC 8628 §3.3, "user interaction"): the user code in a code block
 * that Discord clients copy with one tap, a countdown Discord renders and updates itself, who
 * asked, a link button to the verification page (the complete URI when the provider gives one,
 * so the code is filled in), a Cancel button and optionally the link as a QR code.
 *
 * @throws DiscordError `BOTLOGIN_DISCORD_LIMIT` when the provider's URL cannot be a link button.
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3.3
 * @see https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */
export function renderLoginCard(login: LoginView, options: RenderOptions): DiscordMessage {
  const m = localize(options.locale, options.tables);
  const provider = options.providerName;
  const link = login.verificationUriComplete ?? login.verificationUri;
  const expires = time(Math.floor(login.expiresAt / 1000), TimestampStyles.RelativeTime);
  const description = [
    ...(options.alreadyPending ? [`*${m.alreadyPending()}*`, ''] : []),
    m.pendingSteps(provider),
    '',
    `**${m.codeLabel()}**`,
    // A code block keeps the code apart from the prose; clients offer a copy button for it.
    `\`\`\`\n${login.userCode.replaceAll('`', '')}\n\`\`\``,
    m.expiresIn(expires),
    '',
    `${m.requestedBy(userMention(login.chatUser.userId))} ${m.onlyIfYouAsked()}`,
  ].join('\n');

  const message: DiscordMessage = {
    embeds: [
      {
        title: truncate(m.pendingTitle(provider), 256),
        description: truncate(description, 4096),
        color: Colors.pending,
        ...(options.qrCode ? { image: { url: `attachment://${qrFileName}` } } : {}),
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Link,
            label: truncate(m.openButton(provider), 80),
            url: link,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: truncate(m.cancelButton(), 80),
            custom_id: encodeButton({ action: 'cancel', loginId: login.id }),
          },
        ],
      },
    ],
    ...(options.qrCode ? { qrCode: { name: qrFileName, text: link } } : {}),
  };
  assertDiscordLimits(message);
  return message;
}
