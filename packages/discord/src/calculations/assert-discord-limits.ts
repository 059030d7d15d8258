import { type APIButtonComponent, type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import { DiscordError, DiscordErrorCode } from '../errors/discord-error.js';
import type { DiscordMessage } from '../models/discord-message.js';
import { DiscordLimits as L } from './discord-limits.js';

/**
 * Checks a message against Discord's limits before it is sent, so a message Discord would
 * refuse fails here with a clear reason instead of as a 400 from the API.
 *
 * @throws DiscordError `BOTLOGIN_DISCORD_LIMIT` naming the first broken limit.
 * @see DiscordLimits
 */
export function assertDiscordLimits(message: DiscordMessage): void {
  check((message.content ?? '').length <= L.content, 'content is longer than 2000 characters');
  check(message.embeds.length <= L.embeds, 'more than 10 embeds');
  const total = message.embeds.reduce((sum, embed) => sum + checkEmbed(embed), 0);
  check(total <= L.embedTotal, 'embeds hold more than 6000 characters in all');

  check(message.components.length <= L.actionRows, 'more than 5 action rows');
  const customIds = new Set<string>();
  for (const row of message.components) {
    check(row.type === ComponentType.ActionRow, 'a top-level component is not an action row');
    check(row.components.length > 0, 'an action row is empty');
    check(row.components.length <= L.buttonsPerRow, 'an action row holds more than 5 buttons');
    for (const component of row.components) {
      check(component.type === ComponentType.Button, 'the adapter only sends buttons');
      const customId = checkButton(component as APIButtonComponent);
      if (customId !== undefined) {
        check(!customIds.has(customId), `custom_id "${customId}" is used twice`);
        customIds.add(customId);
      }
    }
  }
}

/** @returns the embed's characters counted toward the 6000 total. */
function checkEmbed(embed: APIEmbed): number {
  const title = embed.title ?? '';
  const description = embed.description ?? '';
  const footer = embed.footer?.text ?? '';
  const author = embed.author?.name ?? '';
  check(title.length <= L.embedTitle, 'an embed title is longer than 256 characters');
  check(description.length <= L.embedDescription, 'an embed description exceeds 4096');
  check(footer.length <= L.footerText, 'an embed footer is longer than 2048 characters');
  check(author.length <= L.authorName, 'an embed author name is longer than 256 characters');
  const fields = embed.fields ?? [];
  check(fields.length <= L.embedFields, 'an embed has more than 25 fields');
  let count = title.length + description.length + footer.length + author.length;
  for (const field of fields) {
    check(
      field.name.length > 0 && field.name.length <= L.fieldName,
      'a field name is empty or long',
    );
    check(
      field.value.length > 0 && field.value.length <= L.fieldValue,
      'a field value is empty or longer than 1024 characters',
    );
    count += field.name.length + field.value.length;
  }
  return count;
}

/** @returns the button's custom_id, if it has one. */
function checkButton(button: APIButtonComponent): string | undefined {
  if ('label' in button && button.label !== undefined) {
    check(button.label.length <= L.buttonLabel, 'a button label is longer than 80 characters');
  }
  if (button.style === ButtonStyle.Link) {
    check(typeof button.url === 'string', 'a link button has no url');
    check(!('custom_id' in button), 'a link button has a custom_id');
    check(button.url.length <= L.url, 'a link button url is longer than 512 characters');
    check(/^https?:\/\//.test(button.url), 'a link button url is not http(s)');
    return undefined;
  }
  if (button.style === ButtonStyle.Premium) return undefined;
  check(!('url' in button), 'a non-link button has a url');
  const customId = button.custom_id;
  check(
    customId.length > 0 && customId.length <= L.customId,
    'a custom_id is empty or longer than 100 characters',
  );
  return customId;
}

function check(condition: boolean, problem: string): asserts condition {
  if (!condition) {
    throw new DiscordError(
      DiscordErrorCode.Limit,
      `Discord would refuse this message: ${problem}.`,
    );
  }
}
