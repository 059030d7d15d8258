/**
 * Discord's message limits that the adapter's messages must respect.
 *
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/components/reference#button
 * @see https://discord.com/developers/docs/components/reference#action-row
 */
export const DiscordLimits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of every title, description, field, footer and author text of a message. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  url: 512,
} as const;
