import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../models/discord-message.js';
import { assertDiscordLimits } from './assert-discord-limits.js';

const button = (customId: string) => ({
  type: ComponentType.Button as const,
  style: ButtonStyle.Secondary as const,
  label: 'x',
  custom_id: customId,
});

function withRow(components: unknown[]): DiscordMessage {
  return {
    embeds: [],
    components: [{ type: ComponentType.ActionRow, components }],
  } as unknown as DiscordMessage;
}

describe(assertDiscordLimits, () => {
  it('should accept a card within every limit', () => {
    expect(() => assertDiscordLimits(withRow([button('a'), button('b')]))).not.toThrow();
  });

  it.each([
    ['a custom_id over 100 characters', withRow([button('x'.repeat(101))])],
    ['six buttons in a row', withRow(['a', 'b', 'c', 'd', 'e', 'f'].map(button))],
    [
      'a link button with a custom_id',
      withRow([{ ...button('a'), style: ButtonStyle.Link, url: 'https://x.test' }]),
    ],
    ['a link button without a url', withRow([{ type: 2, style: ButtonStyle.Link, label: 'x' }])],
    ['a duplicate custom_id', withRow([button('a'), button('a')])],
    ['a label over 80 characters', withRow([{ ...button('a'), label: 'l'.repeat(81) }])],
    ['a title over 256 characters', { embeds: [{ title: 't'.repeat(257) }], components: [] }],
    ['a description over 4096', { embeds: [{ description: 'd'.repeat(4097) }], components: [] }],
    [
      'a field value over 1024',
      { embeds: [{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }], components: [] },
    ],
    [
      'over 6000 characters of embeds',
      { embeds: [1, 2].map(() => ({ description: 'd'.repeat(3001) })), components: [] },
    ],
  ])('should refuse %s', (_, message) => {
    expect(() => assertDiscordLimits(message as DiscordMessage)).toThrow(
      expect.objectContaining({ code: 'BOTLOGIN_DISCORD_LIMIT' }),
    );
  });
});
