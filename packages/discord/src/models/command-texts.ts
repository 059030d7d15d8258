import type { LocalizationMap } from 'discord.js';

/** Name and description of a command or option, with per-locale variants Discord shows. */
export interface CommandText {
  /** Lower case, 1 to 32 letters, digits, `-` or `_`. */
  readonly name: string;
  /** 1 to 100 characters. */
  readonly description: string;
  readonly nameLocalizations?: LocalizationMap;
  readonly descriptionLocalizations?: LocalizationMap;
}

/** The adapter's three commands and the provider option, as the bot author names them. */
export interface CommandTexts {
  readonly login: CommandText;
  readonly logout: CommandText;
  readonly whoami: CommandText;
  readonly providerOption: CommandText;
}

/** The default names, English with German descriptions. */
export const defaultCommandTexts: CommandTexts = {
  login: {
    name: 'login',
    description: 'Log in with your account, privately',
    descriptionLocalizations: { de: 'Melde dich mit deinem Konto an, privat' },
  },
  logout: {
    name: 'logout',
    description: 'Log out and forget your tokens',
    descriptionLocalizations: { de: 'Abmelden und deine Tokens löschen' },
  },
  whoami: {
    name: 'whoami',
    description: 'Show which accounts you are logged in with',
    descriptionLocalizations: { de: 'Zeigt, mit welchen Konten du angemeldet bist' },
  },
  providerOption: {
    name: 'provider',
    description: 'Where to log in',
    descriptionLocalizations: { de: 'Wo du dich anmelden willst' },
  },
};

/** The commands the adapter answers to. */
export type CommandAction = 'login' | 'logout' | 'whoami';
