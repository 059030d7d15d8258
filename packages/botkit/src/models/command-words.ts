/**
 * The words that start each command, matched case-insensitively against the first word of a
 * message. A leading slash is optional, so `login` and `/login` both work.
 */
export interface CommandWords {
  readonly login: readonly string[];
  readonly logout: readonly string[];
  readonly whoami: readonly string[];
  readonly cancel: readonly string[];
}

/** The command a message asked for. */
export type CommandName = keyof CommandWords;

/** @see CommandWords */
export const defaultCommandWords: CommandWords = {
  login: ['login'],
  logout: ['logout'],
  whoami: ['whoami'],
  cancel: ['cancel'],
};
