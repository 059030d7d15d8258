import type { Logger, LoginService } from '@botlogin/core';
import type { webApi } from '@slack/bolt';
import type { ResponseUrlOptions } from '../actions/post-to-response-url.js';
import type { SlackTexts } from '../calculations/slack-texts.js';

/** The workspace a Web API call is made for. */
export interface SlackWorkspace {
  readonly teamId: string;
  readonly enterpriseId?: string | undefined;
}

/** The names of the slash commands, as declared in the app's manifest. */
export interface SlackCommandNames {
  /** @defaultValue '/login' */
  readonly login?: string;
  /** @defaultValue '/logout' */
  readonly logout?: string;
  /** @defaultValue '/whoami' */
  readonly whoami?: string;
}

/** Options of {@link registerSlackLogin}. */
export interface SlackLoginOptions {
  /** The core's login service, from `createBotlogin()`. */
  readonly login: LoginService;
  readonly commands?: SlackCommandNames;
  /**
   * A Web API client with the bot token of a workspace, for what happens outside a request: the
   * outcome's `chat.postEphemeral` fallback and App Home republishing. Apps installed in many
   * workspaces through OAuth look the installation up here.
   * @defaultValue the app's own `app.client` (single-workspace token)
   */
  readonly clientFor?: (workspace: SlackWorkspace) => webApi.WebClient | Promise<webApi.WebClient>;
  readonly responseUrl?: ResponseUrlOptions;
  /** Epoch milliseconds, for the `response_url` lifetime. @defaultValue Date.now */
  readonly now?: () => number;
  /** @defaultValue silentLogger */
  readonly logger?: Logger;
  /** Replacements for some of the built-in sentences. */
  readonly texts?: Partial<SlackTexts>;
  /** Publish the App Home tab on `app_home_opened`. @defaultValue true */
  readonly appHome?: boolean;
}
