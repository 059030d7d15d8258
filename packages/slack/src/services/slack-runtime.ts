import { type ChatUser, type Logger, type LoginService, silentLogger } from '@botlogin/core';
import type { App, webApi } from '@slack/bolt';
import { postToResponseUrl, type ResponseUrlOptions } from '../actions/post-to-response-url.js';
import { describeSlackError } from '../calculations/describe-slack-error.js';
import type { RenderContext } from '../calculations/render-context.js';
import {
  canUseResponseUrl,
  exhaustResponseUrl,
  spendResponseUrl,
} from '../calculations/response-url-budget.js';
import { slackChatUser } from '../calculations/slack-chat-user.js';
import { type SlackTexts, slackTexts } from '../calculations/slack-texts.js';
import { SlackAdapterError, SlackErrorCode } from '../errors/slack-adapter-error.js';
import type { SlackDelivery } from '../models/slack-delivery.js';
import type { SlackInteraction } from '../models/slack-interaction.js';
import type { SlackLoginOptions, SlackWorkspace } from '../models/slack-login-options.js';
import type { SlackMessage } from '../models/slack-message.js';

/** How a message reached the user. */
export type DeliveredVia = 'response_url' | 'ephemeral' | 'direct_message';

/** The options resolved to their defaults, shared by the handlers and the presenter. */
export class SlackRuntime {
  readonly login: LoginService;
  readonly commands: { readonly login: string; readonly logout: string; readonly whoami: string };
  readonly now: () => number;
  readonly logger: Logger;
  readonly appHome: boolean;
  readonly #texts: Partial<SlackTexts> | undefined;
  readonly #responseUrl: ResponseUrlOptions;
  readonly #clientFor: (workspace: SlackWorkspace) => webApi.WebClient | Promise<webApi.WebClient>;

  constructor(app: App, options: SlackLoginOptions) {
    this.login = options.login;
    this.commands = {
      login: options.commands?.login ?? '/login',
      logout: options.commands?.logout ?? '/logout',
      whoami: options.commands?.whoami ?? '/whoami',
    };
    for (const name of Object.values(this.commands)) {
      if (!/^\/[\p{Ll}\p{N}_-]{1,31}$/u.test(name)) {
        throw new SlackAdapterError(
          SlackErrorCode.Configuration,
          `Slash command "${name}" should be "/" and up to 31 lowercase letters, digits, - or _.`,
        );
      }
    }
    this.now = options.now ?? Date.now;
    this.logger = options.logger ?? silentLogger;
    this.appHome = options.appHome ?? true;
    this.#texts = options.texts;
    this.#responseUrl = options.responseUrl ?? {};
    this.#clientFor = options.clientFor ?? (() => app.client);
  }

  /** Provider names and texts for the renderers. */
  renderContext(): RenderContext {
    const providerNames = new Map(
      this.login.listProviders().map(({ id, displayName }) => [id, displayName] as const),
    );
    return { providerNames, texts: this.#texts };
  }

  texts(): SlackTexts {
    return slackTexts(undefined, this.#texts);
  }

  chatUser(interaction: Pick<SlackInteraction, 'identity'>): ChatUser {
    return slackChatUser(interaction.identity);
  }

  client(workspace: SlackWorkspace): Promise<webApi.WebClient> {
    return Promise.resolve(this.#clientFor(workspace));
  }

  /** Replaces the message a `response_url` belongs to, with the adapter's URL settings. */
  postToResponseUrl(url: string, message: SlackMessage): Promise<void> {
    return postToResponseUrl(url, message, true, this.#responseUrl);
  }

  /**
   * Shows a message to the delivery's user, privately: through the `response_url` while Slack
   * still takes posts there (replacing the original message or adding one), else as a fresh
   * ephemeral message in the same conversation, else in the app's direct messages (the bot may
   * not be in the conversation, e.g. a DM between two people).
   *
   * @returns the delivery with the `response_url` uses it spent, and which way was taken.
   * @throws SlackAdapterError `BOTLOGIN_SLACK_DELIVERY` when every way failed.
   */
  async deliver(
    delivery: SlackDelivery,
    message: SlackMessage,
    replaceOriginal: boolean,
  ): Promise<{ delivery: SlackDelivery; via: DeliveredVia }> {
    let current = delivery;
    if (current.responseUrl !== undefined && canUseResponseUrl(current, this.now())) {
      try {
        await postToResponseUrl(current.responseUrl, message, replaceOriginal, this.#responseUrl);
        return { delivery: spendResponseUrl(current), via: 'response_url' };
      } catch (error) {
        this.logger.warn('The response_url took no post; sending a new message instead', {
          platform: 'slack',
          error: describeSlackError(error),
        });
        current = exhaustResponseUrl(current);
      }
    }
    const client = await this.client(current);
    if (current.channelId !== undefined) {
      try {
        await client.chat.postEphemeral({
          channel: current.channelId,
          user: current.userId,
          text: message.text,
          blocks: message.blocks,
        });
        return { delivery: current, via: 'ephemeral' };
      } catch (error) {
        this.logger.warn('chat.postEphemeral failed; trying a direct message', {
          platform: 'slack',
          error: describeSlackError(error),
        });
      }
    }
    try {
      await client.chat.postMessage({
        channel: current.userId,
        text: message.text,
        blocks: message.blocks,
      });
      return { delivery: current, via: 'direct_message' };
    } catch (error) {
      throw new SlackAdapterError(
        SlackErrorCode.Delivery,
        `No way left to reach the Slack user (${describeSlackError(error)}).`,
      );
    }
  }
}
