import { BotloginError } from '@botlogin/core';
import { describeSlackError } from '../calculations/describe-slack-error.js';
import { renderNotice } from '../calculations/render-notice.js';
import type { SlackInteraction } from '../models/slack-interaction.js';
import type { SlackRuntime } from '../services/slack-runtime.js';
import { answer } from './answer.js';

/**
 * Runs a handler's work after the ack, so that nothing it throws becomes an unhandled rejection:
 * the error is logged by code and the user gets a polite sentence where that is still possible.
 */
export async function guarded(
  runtime: SlackRuntime,
  interaction: SlackInteraction,
  what: string,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    runtime.logger.error(`Slack ${what} failed`, {
      platform: 'slack',
      error: BotloginError.is(error) ? error.code : describeSlackError(error),
    });
    try {
      await answer(runtime, interaction, renderNotice(runtime.texts().somethingWentWrong), false);
    } catch (secondError) {
      runtime.logger.error('Telling the Slack user about a failure failed too', {
        platform: 'slack',
        error: describeSlackError(secondError),
      });
    }
  }
}
