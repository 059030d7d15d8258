import type { SlackMessage } from '../models/slack-message.js';
import { section } from './block-builders.js';

/** A one-section message for answers and refusals. `text` is mrkdwn the caller escaped. */
export function renderNotice(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}
