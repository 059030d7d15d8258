export { botloginExtensionName, botloginOf, botloginPlugin } from './botlogin-plugin.js';
export { type ChannelForm, channelFormOf } from './calculations/channel-form.js';
export { botkitPlatform, chatUserOf } from './calculations/chat-user-of.js';
export { checkCommandWords } from './calculations/check-command-words.js';
export { describeExpiry } from './calculations/describe-expiry.js';
export { describeLoginError } from './calculations/describe-login-error.js';
export { type ParsedCommand, parseCommand } from './calculations/parse-command.js';
export { type OutcomeReplyInput, renderOutcome } from './calculations/render-outcome.js';
export { type PendingReplyInput, renderPending } from './calculations/render-pending.js';
export type { BotloginPluginOptions } from './models/botlogin-plugin-options.js';
export {
  type CommandName,
  type CommandWords,
  defaultCommandWords,
} from './models/command-words.js';
export { BotkitLoginApi, type BotkitLoginApiSettings } from './services/botkit-login-api.js';
export {
  BotkitPresenter,
  type ConversationReferenceLike,
  deliveryDataOf,
} from './services/botkit-presenter.js';
