import type { LoginPresenter, LoginView } from '@botlogin/core';
import { renderOutcome } from '../calculations/render-outcome.js';
import { readSlackDelivery } from '../models/slack-delivery.js';
import { publishHome } from './publish-home.js';
import type { SlackRuntime } from './slack-runtime.js';

/**
 * Shows a login's outcome on Slack from the session's delivery handle alone, so any bot process
 * can: it replaces the pending card through the `response_url` while Slack still takes posts
 * there (30 minutes, 5 posts, counted in the handle), and otherwise sends a fresh ephemeral
 * message; a login started from App Home republishes the tab with the outcome on top.
 *
 * The core calls it once per ended login; a failure is thrown for the core to log and emit as
 * `presenterError`.
 */
export class SlackPresenter implements LoginPresenter {
  readonly #runtime: SlackRuntime;

  constructor(runtime: SlackRuntime) {
    this.#runtime = runtime;
  }

  /** @throws SlackAdapterError `BOTLOGIN_SLACK_BAD_DELIVERY_HANDLE`, `BOTLOGIN_SLACK_DELIVERY`. */
  async present(login: LoginView): Promise<void> {
    const delivery = readSlackDelivery(login.delivery);
    const message = renderOutcome(login, this.#runtime.renderContext());
    if (delivery.target === 'home') {
      const client = await this.#runtime.client(delivery);
      await publishHome(this.#runtime, delivery, client, message);
      return;
    }
    const { via } = await this.#runtime.deliver(delivery, message, true);
    this.#runtime.logger.debug('Showed a login outcome on Slack', {
      platform: 'slack',
      loginId: login.id,
      outcome: login.state,
      via,
    });
  }
}
