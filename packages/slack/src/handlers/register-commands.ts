import type { App } from '@slack/bolt';
import { chooseProvider } from '../calculations/choose-provider.js';
import { escapeMrkdwn } from '../calculations/mrkdwn.js';
import { renderNotice } from '../calculations/render-notice.js';
import { renderProviderChoice } from '../calculations/render-provider-choice.js';
import type { SlackInteraction } from '../models/slack-interaction.js';
import type { SlackRuntime } from '../services/slack-runtime.js';
import { answer } from './answer.js';
import { guarded } from './guarded.js';
import { commandInteraction } from './interactions.js';
import { startLogin } from './start-login.js';

/**
 * Registers the login, logout and whoami slash commands. Each acks at once (Slack allows 3 s,
 * and asking a provider for a code may take longer), then answers through `response_url`.
 *
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands
 */
export function registerCommands(app: App, runtime: SlackRuntime): void {
  app.command(runtime.commands.login, async ({ command, ack, client }) => {
    await ack();
    const interaction = commandInteraction(command, client, runtime.now());
    await guarded(runtime, interaction, 'login command', async () => {
      const providers = runtime.login.listProviders();
      const choice = chooseProvider(command.text ?? '', providers);
      switch (choice.kind) {
        case 'one':
          await startLogin(runtime, interaction, choice.providerId);
          return;
        case 'ask':
          await answer(runtime, interaction, renderProviderChoice(runtime.renderContext()));
          return;
        case 'unknown':
          await answer(runtime, interaction, unknownProvider(runtime, choice.given));
          return;
      }
    });
  });

  app.command(runtime.commands.logout, async ({ command, ack, client }) => {
    await ack();
    const interaction = commandInteraction(command, client, runtime.now());
    await guarded(runtime, interaction, 'logout command', () =>
      logout(runtime, interaction, command.text ?? ''),
    );
  });

  app.command(runtime.commands.whoami, async ({ command, ack, client }) => {
    await ack();
    const interaction = commandInteraction(command, client, runtime.now());
    await guarded(runtime, interaction, 'whoami command', async () => {
      const texts = runtime.texts();
      const names = runtime.renderContext().providerNames;
      const logins = await runtime.login.listLogins(runtime.chatUser(interaction));
      const lines = logins.map(({ providerId, profile }) => {
        const provider = escapeMrkdwn(names.get(providerId) ?? providerId);
        return profile === undefined
          ? `• ${provider}`
          : `• ${provider}: *${escapeMrkdwn(profile.name)}*`;
      });
      const text = lines.length === 0 ? texts.notLoggedIn : texts.whoami(lines.join('\n'));
      await answer(runtime, interaction, renderNotice(text));
    });
  });
}

/** Logs out of the named provider, or of every provider when none is named. */
async function logout(
  runtime: SlackRuntime,
  interaction: SlackInteraction,
  argument: string,
): Promise<void> {
  const chatUser = runtime.chatUser(interaction);
  const names = runtime.renderContext().providerNames;
  let providerIds: string[];
  if (argument.trim() === '') {
    providerIds = (await runtime.login.listLogins(chatUser)).map((login) => login.providerId);
  } else {
    const choice = chooseProvider(argument, runtime.login.listProviders());
    if (choice.kind !== 'one') {
      await answer(runtime, interaction, unknownProvider(runtime, argument.trim()));
      return;
    }
    providerIds = [choice.providerId];
  }
  const loggedOut: string[] = [];
  for (const providerId of providerIds) {
    if (await runtime.login.logout(chatUser, providerId)) {
      loggedOut.push(escapeMrkdwn(names.get(providerId) ?? providerId));
    }
  }
  const texts = runtime.texts();
  const text = loggedOut.length === 0 ? texts.notLoggedIn : texts.loggedOut(loggedOut.join(', '));
  await answer(runtime, interaction, renderNotice(text));
}

function unknownProvider(runtime: SlackRuntime, given: string) {
  const known = runtime.login
    .listProviders()
    .map(({ id }) => `\`${escapeMrkdwn(id)}\``)
    .join(', ');
  return renderNotice(runtime.texts().unknownProvider(escapeMrkdwn(given.slice(0, 100)), known));
}
