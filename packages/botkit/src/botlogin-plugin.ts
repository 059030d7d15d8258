import { ConfigurationError, type LoginView, silentLogger } from '@botlogin/core';
import type { Botkit, BotkitMessage, BotkitPlugin, BotWorker } from 'botkit';
import { botkitPlatform } from './calculations/chat-user-of.js';
import { checkCommandWords } from './calculations/check-command-words.js';
import { type ParsedCommand, parseCommand } from './calculations/parse-command.js';
import { renderOutcome } from './calculations/render-outcome.js';
import type { BotloginPluginOptions } from './models/botlogin-plugin-options.js';
import { type CommandWords, defaultCommandWords } from './models/command-words.js';
import { BotkitLoginApi } from './services/botkit-login-api.js';
import { BotkitPresenter } from './services/botkit-presenter.js';

/** The name of the plugin and of its extension, `controller.plugins.botlogin`. */
export const botloginExtensionName = 'botlogin';

/**
 * A Botkit 4 plugin that signs chat users in through the device flow. Add it with
 * `controller.usePlugin(botloginPlugin({ login }))`: it hears the `login`, `logout`, `whoami`
 * and `cancel` commands, registers the presenter that tells the user the outcome in the same
 * conversation, and exposes {@link BotkitLoginApi} as `controller.plugins.botlogin`.
 *
 * @throws ConfigurationError when `login` is missing, a command word is malformed, or the
 *   default provider is unknown.
 * @see https://www.rfc-editor.org/rfc/rfc8628
 */
export function botloginPlugin(options: BotloginPluginOptions): BotkitPlugin {
  const login = options?.login;
  if (login === undefined || typeof login.start !== 'function') {
    throw new ConfigurationError(
      'botloginPlugin needs { login }: the `login` of createBotlogin({ providers: [...] }).',
    );
  }
  const words: CommandWords = { ...defaultCommandWords, ...options.words };
  checkCommandWords(words);
  const providers = login.listProviders();
  const defaultProviderId = options.defaultProviderId ?? providers[0]?.id;
  if (defaultProviderId === undefined || !providers.some(({ id }) => id === defaultProviderId)) {
    throw new ConfigurationError(
      `botloginPlugin: defaultProviderId "${String(defaultProviderId)}" is not one of ` +
        `${providers.map(({ id }) => id).join(', ') || 'no providers'}.`,
    );
  }

  const logger = options.logger ?? silentLogger;
  const api = new BotkitLoginApi({
    login,
    defaultProviderId,
    words,
    logger,
    now: options.now ?? Date.now,
  });
  const displayName = (view: LoginView) =>
    providers.find(({ id }) => id === view.providerId)?.displayName ?? view.providerId;

  return {
    name: botloginExtensionName,
    init(controller: Botkit) {
      login.registerPresenter(
        botkitPlatform,
        new BotkitPresenter(
          controller,
          (ended, channelId) =>
            renderOutcome({
              login: ended,
              providerName: displayName(ended),
              channelId,
              loginWord: words.login[0] ?? 'login',
            }),
          logger,
        ),
      );
      controller.addPluginExtension(botloginExtensionName, api);

      const hear = (
        name: ParsedCommand['name'],
        run: (bot: BotWorker, message: BotkitMessage, argument?: string) => Promise<unknown>,
      ) =>
        controller.hears(
          async (message: BotkitMessage) => parseCommand(message.text, words)?.name === name,
          'message',
          async (bot, message) => {
            await run(bot, message, parseCommand(message.text, words)?.argument);
          },
        );
      hear('login', (bot, message, provider) => api.startLogin(bot, message, provider));
      hear('logout', (bot, message, provider) => api.logout(bot, message, provider));
      hear('whoami', (bot, message) => api.whoami(bot, message));
      hear('cancel', (bot, message) => api.cancelLogin(bot, message));
    },
  };
}

/**
 * The plugin's API on a controller.
 *
 * @throws ConfigurationError when the plugin was not added with `usePlugin`.
 */
export function botloginOf(controller: Botkit): BotkitLoginApi {
  const api: unknown = controller.plugins[botloginExtensionName];
  if (!(api instanceof BotkitLoginApi)) {
    throw new ConfigurationError(
      'The botlogin plugin is not installed: call controller.usePlugin(botloginPlugin({ login })).',
    );
  }
  return api;
}
