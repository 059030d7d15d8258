import type { LoginView } from '@botlogin/core';
import type { types } from '@slack/bolt';
import { SlackActionId } from '../models/action-ids.js';
import type { SlackMessage } from '../models/slack-message.js';
import { button, header, section } from './block-builders.js';
import { escapeMrkdwn } from './mrkdwn.js';
import type { RenderContext } from './render-context.js';
import { renderPendingCard } from './render-pending-card.js';
import { slackTexts } from './slack-texts.js';

/** Where the user stands with one provider. */
export type HomeProviderState =
  | { readonly kind: 'connected'; readonly name?: string | undefined }
  | { readonly kind: 'pending'; readonly login: LoginView }
  | { readonly kind: 'none' };

export interface HomeViewInput {
  readonly userId: string;
  /** One entry per configured provider, by provider id. */
  readonly states: ReadonlyMap<string, HomeProviderState>;
  /** A message shown on top, such as the outcome of the login that just ended. */
  readonly banner?: SlackMessage | undefined;
}

/**
 * The App Home tab: one line per provider with its state and a Login or Logout button, and the
 * pending card (code, link, Cancel) under a provider whose login waits for the user. The tab is
 * only ever shown to its own user, so the code may appear there.
 *
 * @see https://docs.slack.dev/surfaces/app-home
 */
export function renderHomeView(input: HomeViewInput, ctx: RenderContext): types.HomeView {
  const texts = slackTexts(ctx.locale, ctx.texts);
  const blocks: types.KnownBlock[] = [...(input.banner?.blocks ?? [])];
  if (blocks.length > 0) blocks.push({ type: 'divider' });
  blocks.push(header(texts.homeTitle));
  for (const [id, name] of ctx.providerNames) {
    const state = input.states.get(id) ?? { kind: 'none' };
    switch (state.kind) {
      case 'connected': {
        const shown = state.name === undefined ? undefined : escapeMrkdwn(state.name);
        const logout = button(texts.logoutButton(name), {
          actionId: SlackActionId.Logout,
          value: id,
        });
        blocks.push(section(texts.homeConnected(name, shown), logout));
        break;
      }
      case 'pending': {
        blocks.push(section(texts.homePending(name)));
        // The card's own header repeats the provider; the section above already names it.
        const card = renderPendingCard(state.login, { userId: input.userId }, ctx).blocks;
        blocks.push(...card.filter((block) => block.type !== 'header'));
        break;
      }
      case 'none': {
        const login = button(texts.loginButton(name), {
          actionId: SlackActionId.Login,
          value: id,
          style: 'primary',
        });
        blocks.push(section(texts.homeNotConnected(name), login));
        break;
      }
    }
  }
  return { type: 'home', blocks };
}
