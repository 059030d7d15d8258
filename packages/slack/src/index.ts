export {
  isSlackResponseUrl,
  postToResponseUrl,
  type ResponseUrlOptions,
} from './actions/post-to-response-url.js';
export { BlockKitLimit } from './calculations/block-builders.js';
export {
  assertBlockKitLimits,
  type BlockKitPayload,
  checkBlockKitLimits,
} from './calculations/check-block-kit-limits.js';
export { chooseProvider, type ProviderChoice } from './calculations/choose-provider.js';
export { escapeMrkdwn, slackDate, truncate } from './calculations/mrkdwn.js';
export type { RenderContext } from './calculations/render-context.js';
export {
  type HomeProviderState,
  type HomeViewInput,
  renderHomeView,
} from './calculations/render-home-view.js';
export { renderNotice } from './calculations/render-notice.js';
export { renderOutcome } from './calculations/render-outcome.js';
export { renderPendingCard } from './calculations/render-pending-card.js';
export { renderProviderChoice } from './calculations/render-provider-choice.js';
export {
  canUseResponseUrl,
  ResponseUrlLimit,
  spendResponseUrl,
} from './calculations/response-url-budget.js';
export { type SlackIdentity, slackChatUser, slackTenant } from './calculations/slack-chat-user.js';
export { type SlackTexts, slackTexts } from './calculations/slack-texts.js';
export { SlackAdapterError, SlackErrorCode } from './errors/slack-adapter-error.js';
export { SlackActionId, SlackActionPattern } from './models/action-ids.js';
export {
  readSlackDelivery,
  type SlackDelivery,
  slackPlatform,
  toDeliveryHandle,
} from './models/slack-delivery.js';
export type {
  SlackCommandNames,
  SlackLoginOptions,
  SlackWorkspace,
} from './models/slack-login-options.js';
export type { SlackMessage, SlackRequester } from './models/slack-message.js';
export { registerSlackLogin, type SlackLogin } from './register-slack-login.js';
export { SlackPresenter } from './services/slack-presenter.js';
