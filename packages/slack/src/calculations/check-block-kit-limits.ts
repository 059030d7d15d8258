import { SlackAdapterError, SlackErrorCode } from '../errors/slack-adapter-error.js';
import { BlockKitLimit } from './block-builders.js';

/** A message or a view, as far as the limits go. */
export interface BlockKitPayload {
  readonly text?: string;
  readonly blocks: readonly unknown[];
}

type Json = Record<string, unknown>;

/**
 * Lists every way a payload breaks Block Kit's limits: block count (50 in a message, 100 in a
 * view), text lengths, `action_id`, `block_id`, button `value` and `url` lengths, elements per
 * block, and `action_id`s repeated within a block. Slack rejects such payloads with
 * `invalid_blocks`, so the renderers must never produce one.
 *
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @returns human-readable violations; empty when the payload fits.
 */
export function checkBlockKitLimits(
  payload: BlockKitPayload,
  surface: 'message' | 'home' = 'message',
): string[] {
  const problems: string[] = [];
  const maxBlocks = surface === 'home' ? BlockKitLimit.homeBlocks : BlockKitLimit.messageBlocks;
  if (payload.blocks.length > maxBlocks) {
    problems.push(`${payload.blocks.length} blocks, more than ${maxBlocks}`);
  }
  if (payload.text !== undefined && payload.text.length > BlockKitLimit.messageText) {
    problems.push(`text of ${payload.text.length} characters`);
  }
  payload.blocks.forEach((raw, index) => {
    const block = raw as Json;
    const where = `block ${index} (${String(block['type'])})`;
    const blockId = block['block_id'];
    if (typeof blockId === 'string' && blockId.length > BlockKitLimit.blockId) {
      problems.push(`${where}: block_id longer than ${BlockKitLimit.blockId}`);
    }
    switch (block['type']) {
      case 'header':
        checkText(problems, where, block['text'], BlockKitLimit.headerText);
        break;
      case 'section':
        if (block['text'] !== undefined)
          checkText(problems, where, block['text'], BlockKitLimit.text);
        if (block['accessory'] !== undefined) checkElement(problems, where, block['accessory']);
        break;
      case 'context': {
        const elements = asArray(block['elements']);
        if (elements.length === 0 || elements.length > BlockKitLimit.contextElements) {
          problems.push(`${where}: ${elements.length} elements, allowed 1-10`);
        }
        for (const element of elements) checkText(problems, where, element, BlockKitLimit.text);
        break;
      }
      case 'actions': {
        const elements = asArray(block['elements']);
        if (elements.length === 0 || elements.length > BlockKitLimit.actionsElements) {
          problems.push(`${where}: ${elements.length} elements, allowed 1-25`);
        }
        const ids = elements.map((element) => (element as Json)['action_id']);
        if (new Set(ids).size !== ids.length) problems.push(`${where}: repeated action_id`);
        for (const element of elements) checkElement(problems, where, element);
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}: a block type the adapter does not check`);
    }
  });
  return problems;
}

/**
 * Throws when {@link checkBlockKitLimits} finds anything.
 *
 * @throws SlackAdapterError `BOTLOGIN_SLACK_BLOCK_KIT_LIMIT` listing the violations.
 */
export function assertBlockKitLimits(
  payload: BlockKitPayload,
  surface: 'message' | 'home' = 'message',
): void {
  const problems = checkBlockKitLimits(payload, surface);
  if (problems.length > 0) {
    throw new SlackAdapterError(
      SlackErrorCode.BlockKitLimit,
      `The Slack ${surface} breaks Block Kit limits: ${problems.join('; ')}.`,
    );
  }
}

function checkText(problems: string[], where: string, raw: unknown, max: number): void {
  const text = (raw as Json | undefined)?.['text'];
  if (typeof text !== 'string' || text.length === 0) {
    problems.push(`${where}: empty or missing text`);
  } else if (text.length > max) {
    problems.push(`${where}: text of ${text.length} characters, more than ${max}`);
  }
}

function checkElement(problems: string[], where: string, raw: unknown): void {
  const element = raw as Json;
  if (element['type'] !== 'button') {
    problems.push(`${where}: an element type the adapter does not check`);
    return;
  }
  checkText(problems, `${where} button`, element['text'], BlockKitLimit.buttonText);
  const limits: [string, number][] = [
    ['action_id', BlockKitLimit.actionId],
    ['value', BlockKitLimit.buttonValue],
    ['url', BlockKitLimit.buttonUrl],
  ];
  for (const [field, max] of limits) {
    const value = element[field];
    if (typeof value === 'string' && value.length > max) {
      problems.push(`${where} button: ${field} of ${value.length} characters, more than ${max}`);
    }
  }
  if (typeof element['action_id'] !== 'string') problems.push(`${where} button: no action_id`);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
