import type { RawFile } from 'discord.js';
import type { DiscordMessage } from '../models/discord-message.js';
import { drawQrCode } from './draw-qr-code.js';

/** A message as Discord's REST API takes it: the JSON body and the files sent with it. */
export interface MessageBody {
  readonly body: Record<string, unknown>;
  readonly files: RawFile[];
}

/**
 * Turns a rendered message into a request body. `attachments` is always sent, so an edit that
 * carries no QR code removes the one the card had.
 *
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
export async function toMessageBody(message: DiscordMessage): Promise<MessageBody> {
  const files: RawFile[] = [];
  const attachments: { id: number; filename: string }[] = [];
  if (message.qrCode !== undefined) {
    const data = await drawQrCode(message.qrCode.text);
    files.push({ key: 'files[0]', name: message.qrCode.name, data, contentType: 'image/png' });
    attachments.push({ id: 0, filename: message.qrCode.name });
  }
  return {
    body: {
      ...(message.content === undefined ? {} : { content: message.content }),
      embeds: message.embeds,
      components: message.components,
      attachments,
      // Mentions in the card (who asked) must never ping anyone.
      allowed_mentions: { parse: [] },
    },
    files,
  };
}
