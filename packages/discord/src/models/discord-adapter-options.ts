import type { Logger, LoginService } from '@botlogin/core';
import type { REST } from 'discord.js';
import type { LocaleTables } from '../i18n/localize.js';
import type { CommandTexts } from './command-texts.js';

/** Settings shared by the gateway and the HTTP-interactions integrations. */
export interface DiscordAdapterOptions {
  /** The engine, from `createBotlogin(...).login`. */
  readonly login: LoginService;
  /**
   * discord.js's REST client, for message edits and direct messages: `client.rest` over the
   * gateway, or `new REST().setToken(botToken)` for HTTP interactions.
   */
  readonly rest: REST;
  /** Command names and descriptions; each one given replaces the default. */
  readonly commands?: Partial<CommandTexts>;
  /** Locale tables replacing the shipped English and German ones. */
  readonly locales?: LocaleTables;
  /** Attach the verification link as a QR code PNG to the login card. @defaultValue true */
  readonly qrCode?: boolean;
  /**
   * When the interaction token has run out (15 minutes), send the outcome by direct message.
   * @defaultValue true
   */
  readonly directMessageFallback?: boolean;
  /** Time source; pass the engine's clock in tests. @defaultValue Date.now */
  readonly clock?: { now(): number };
  /** @defaultValue silent */
  readonly logger?: Logger;
}

/** Discord honours an interaction token for 15 minutes after the interaction. */
export const interactionTokenLifetimeMs = 15 * 60 * 1000;
