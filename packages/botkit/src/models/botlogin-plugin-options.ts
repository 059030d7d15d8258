import type { Logger, LoginService } from '@botlogin/core';
import type { CommandWords } from './command-words.js';

/** Options of {@link botloginPlugin}. */
export interface BotloginPluginOptions {
  /**
   * The engine, from `createBotlogin(...).login`. The plugin starts no scheduler or store of
   * its own: polling and persistence are whatever the author configured there.
   */
  readonly login: LoginService;
  /** The provider `login` uses when the user names none. @defaultValue the first provider */
  readonly defaultProviderId?: string;
  /** Replaces the command words; each list given replaces the default for that command. */
  readonly words?: Partial<CommandWords>;
  /** Where the plugin reports failures it answered politely. @defaultValue silent */
  readonly logger?: Logger;
  /** Epoch milliseconds, for the "expires in" line. @defaultValue `Date.now` */
  readonly now?: () => number;
}
