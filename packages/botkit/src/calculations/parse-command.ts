import type { CommandName, CommandWords } from '../models/command-words.js';

/** A recognised command and the word after it (a provider id), if any. */
export interface ParsedCommand {
  readonly name: CommandName;
  readonly argument?: string;
}

const commandNames: readonly CommandName[] = ['login', 'logout', 'whoami', 'cancel'];

/**
 * Reads a chat message as one of the plugin's commands: the first word (a leading `/` and the
 * case ignored) must be one of the command's words, and at most one more word may follow.
 * Anything longer is ordinary conversation and left to the bot's own handlers.
 *
 * @returns the command, or undefined when the text is not one.
 */
export function parseCommand(text: unknown, words: CommandWords): ParsedCommand | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.trim().split(/\s+/);
  if (parts.length > 2) return undefined;
  const head = (parts[0] ?? '').replace(/^\//, '').toLowerCase();
  if (head === '') return undefined;
  const name = commandNames.find((command) =>
    words[command].some((word) => word.toLowerCase() === head),
  );
  if (name === undefined) return undefined;
  const argument = parts[1];
  return argument === undefined ? { name } : { name, argument };
}
