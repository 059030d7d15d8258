import { SlackActionId } from '../models/action-ids.js';
import type { SlackMessage } from '../models/slack-message.js';
import { actions, button, section } from './block-builders.js';
import type { RenderContext } from './render-context.js';
import { slackTexts } from './slack-texts.js';

/**
 * The choice shown by a bare `/login` when more than one provider is configured: one button per
 * provider. Buttons of one block need distinct `action_id`s, hence the numbered suffix.
 */
export function renderProviderChoice(ctx: RenderContext): SlackMessage {
  const texts = slackTexts(ctx.locale, ctx.texts);
  const buttons = [...ctx.providerNames].map(([id, name], index) =>
    button(texts.loginButton(name), { actionId: `${SlackActionId.Login}_${index}`, value: id }),
  );
  return {
    text: texts.chooseProvider,
    blocks: [section(texts.chooseProvider), ...actions(buttons)],
  };
}
