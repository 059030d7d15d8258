import type { App } from '@slack/bolt';
import { registerActions } from './handlers/register-actions.js';
import { registerAppHome } from './handlers/register-app-home.js';
import { registerCommands } from './handlers/register-commands.js';
import { slackPlatform } from './models/slack-delivery.js';
import type { SlackLoginOptions } from './models/slack-login-options.js';
import { SlackPresenter } from './services/slack-presenter.js';
import { SlackRuntime } from './services/slack-runtime.js';

/** What {@link registerSlackLogin} set up. */
export interface SlackLogin {
  /** The presenter registered with the core under the `slack` platform. */
  readonly presenter: SlackPresenter;
}

/**
 * Adds device login to a Bolt app: the login, logout and whoami slash commands, the card's
 * buttons, the App Home tab, and the presenter that shows each outcome. Works with any receiver
 * (HTTP, Express, Socket Mode), since it only registers listeners on the app.
 *
 * Every bot process that shares the core's stores should call it, so that whichever process ends
 * a login can show its outcome.
 *
 * @throws SlackAdapterError `BOTLOGIN_SLACK_CONFIGURATION` for a malformed command name.
 * @see https://www.rfc-editor.org/rfc/rfc8628#section-3
 */
export function registerSlackLogin(app: App, options: SlackLoginOptions): SlackLogin {
  const runtime = new SlackRuntime(app, options);
  registerCommands(app, runtime);
  registerActions(app, runtime);
  if (runtime.appHome) registerAppHome(app, runtime);
  const presenter = new SlackPresenter(runtime);
  options.login.registerPresenter(slackPlatform, presenter);
  return { presenter };
}
