import type { types } from '@slack/bolt';
import { truncate } from './mrkdwn.js';

/** Slack's documented ceilings for the few fields the adapter fills with variable text. */
export const BlockKitLimit = {
  messageBlocks: 50,
  homeBlocks: 100,
  headerText: 150,
  text: 3000,
  buttonText: 75,
  actionId: 255,
  blockId: 255,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionsElements: 25,
  contextElements: 10,
  /** Slack truncates a message's top-level `text` beyond this. */
  messageText: 40_000,
} as const;

/** A section of mrkdwn text, shortened to fit. */
export function section(text: string, accessory?: types.Button): types.SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(text, BlockKitLimit.text) },
    ...(accessory === undefined ? {} : { accessory }),
  };
}

/** A header of plain text, shortened to fit. */
export function header(text: string): types.HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(text, BlockKitLimit.headerText) },
  };
}

/** A context line of mrkdwn texts. */
export function context(...texts: string[]): types.ContextBlock {
  return {
    type: 'context',
    elements: texts.map((text) => ({ type: 'mrkdwn', text: truncate(text, BlockKitLimit.text) })),
  };
}

/** A button; the label is shortened to Slack's 75 characters. */
export function button(
  label: string,
  fields: { actionId: string; value?: string; url?: string; style?: 'primary' | 'danger' },
): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(label, BlockKitLimit.buttonText), emoji: true },
    action_id: fields.actionId,
    ...(fields.value === undefined ? {} : { value: fields.value }),
    ...(fields.url === undefined ? {} : { url: fields.url }),
    ...(fields.style === undefined ? {} : { style: fields.style }),
  };
}

/** Buttons in actions blocks of at most 25 elements each. */
export function actions(buttons: readonly types.Button[]): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let at = 0; at < buttons.length; at += BlockKitLimit.actionsElements) {
    blocks.push({
      type: 'actions',
      elements: buttons.slice(at, at + BlockKitLimit.actionsElements),
    });
  }
  return blocks;
}
