import { expect } from 'vitest';
import { checkBlockKitLimits } from '../../src/index.js';

type Block = { type: string; [key: string]: unknown };

/** The blocks of a recorded post, checked against Block Kit's limits. */
export function blocksOf(body: Record<string, unknown>, surface: 'message' | 'home' = 'message') {
  const blocks = (
    surface === 'home' ? (body['view'] as { blocks: Block[] }).blocks : body['blocks']
  ) as Block[];
  expect(Array.isArray(blocks)).toBe(true);
  const text = typeof body['text'] === 'string' ? body['text'] : undefined;
  expect(checkBlockKitLimits({ blocks, ...(text === undefined ? {} : { text }) }, surface)).toEqual(
    [],
  );
  return blocks;
}

/** Every string in the blocks, joined, for looking for a sentence. */
export function textOf(blocks: readonly unknown[]): string {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(blocks);
  return texts.join('\n');
}

/** The buttons of the blocks, wherever they sit. */
export function buttonsOf(blocks: readonly Block[]) {
  const buttons: { action_id: string; value?: string; url?: string; text: { text: string } }[] = [];
  for (const block of blocks) {
    const elements = (block['elements'] as Block[] | undefined) ?? [];
    const accessory = block['accessory'] as Block | undefined;
    for (const element of [...elements, ...(accessory ? [accessory] : [])]) {
      if (element.type === 'button') buttons.push(element as never);
    }
  }
  return buttons;
}
