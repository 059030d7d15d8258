import { type Client, Events, type Interaction } from 'discord.js';
import { registerCommands } from '../actions/register-commands.js';
import { buildCommands } from '../calculations/build-commands.js';
import type { DiscordAdapterOptions } from '../models/discord-adapter-options.js';
import { discordPlatform } from '../models/discord-delivery.js';
import { DiscordLoginFlow } from '../services/discord-login-flow.js';
import { DiscordPresenter } from '../services/discord-presenter.js';
import { fromDiscordJs } from './from-discord-js.js';
import { GatewayResponder } from './gateway-responder.js';

/** The adapter as attached to a discord.js client. */
export interface DiscordGatewayLogin {
  readonly flow: DiscordLoginFlow;
  readonly presenter: DiscordPresenter;
  /**
   * Registers `/login`, `/logout` and `/whoami`: in one server (instant) or globally.
   * @throws DiscordAPIError when Discord refuses them.
   */
  registerCommands(options?: { applicationId?: string; guildId?: string }): Promise<void>;
  /**
   * Resolves when every interaction received so far has been answered; for tests and
   * graceful shutdown.
   */
  idle(): Promise<void>;
  /** Stops listening to the client. */
  detach(): void;
}

/**
 * Answers the login commands and buttons that reach a discord.js `Client` over the gateway,
 * and registers the presenter that edits the login card when a login ends. Interactions that
 * are not the adapter's are left to the bot's other listeners.
 *
 * @param options - `rest` defaults to `client.rest`.
 * @see https://discord.js.org/docs/packages/discord.js/main/Client:Class
 */
export function attachDiscordLogin(
  client: Client,
  options: Omit<DiscordAdapterOptions, 'rest'> & { rest?: DiscordAdapterOptions['rest'] },
): DiscordGatewayLogin {
  const rest = options.rest ?? client.rest;
  const flow = new DiscordLoginFlow({ ...options, rest });
  const presenter = new DiscordPresenter({
    rest,
    providerName: (id) => flow.providerName(id),
    directMessageFallback: options.directMessageFallback ?? true,
    clock: { now: () => flow.now() },
    ...(options.locales === undefined ? {} : { locales: options.locales }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  options.login.registerPresenter(discordPlatform, presenter);

  const inFlight = new Set<Promise<void>>();
  const listener = (interaction: Interaction) => {
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const incoming = fromDiscordJs(interaction, flow.now());
    if (!flow.owns(incoming)) return;
    const task = flow.handle(incoming, new GatewayResponder(interaction, rest));
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  };
  client.on(Events.InteractionCreate, listener);

  return {
    flow,
    presenter,
    async registerCommands({ guildId, ...given } = {}) {
      const applicationId = given.applicationId ?? client.application?.id;
      if (applicationId === undefined) {
        throw new TypeError(
          'Pass the applicationId, or register the commands once the client is ready.',
        );
      }
      const commands = buildCommands(options.login.listProviders(), flow.texts);
      await registerCommands(rest, commands, {
        applicationId,
        ...(guildId === undefined ? {} : { guildId }),
      });
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    detach() {
      client.off(Events.InteractionCreate, listener);
    },
  };
}
