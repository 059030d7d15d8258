import type { RequestData } from 'discord.js';
import type { DiscordMessage } from '../models/discord-message.js';
import { toMessageBody } from './message-body.js';

/**
 * The request data for discord.js's REST client: JSON, or, with files, a multipart body encoded
 * here (`payload_json` plus `files[n]`) and passed through as bytes.
 *
 * Encoding it here instead of handing discord.js `files` keeps uploads working when another
 * undici major is loaded first: undici 7 installs its dispatcher under the global key undici 6
 * (which discord.js uses) reads, and that dispatcher fails on undici 6's `FormData` bodies with
 * "action is not a function". Bytes work with either.
 *
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
export async function toRestRequest(message: DiscordMessage): Promise<RequestData> {
  const { body, files } = await toMessageBody(message);
  if (files.length === 0) return { body };
  const form = new FormData();
  form.append('payload_json', JSON.stringify(body));
  for (const file of files) {
    const bytes = typeof file.data === 'string' ? file.data : new Uint8Array(file.data as Buffer);
    form.append(
      file.key ?? 'files[0]',
      new Blob([bytes], file.contentType === undefined ? {} : { type: file.contentType }),
      file.name,
    );
  }
  const encoded = new Response(form);
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    passThroughBody: true,
    headers: { 'Content-Type': encoded.headers.get('content-type') ?? 'multipart/form-data' },
  };
}
