export { drawQrCode } from './actions/draw-qr-code.js';
export { editOriginal } from './actions/edit-original.js';
export { type MessageBody, toMessageBody } from './actions/message-body.js';
export { type RegisterCommandsOptions, registerCommands } from './actions/register-commands.js';
export { sendDirectMessage } from './actions/send-direct-message.js';
export { assertDiscordLimits } from './calculations/assert-discord-limits.js';
export { buildCommands, type ProviderChoice } from './calculations/build-commands.js';
export { type ButtonAction, decodeButton, encodeButton } from './calculations/custom-ids.js';
export { DiscordLimits } from './calculations/discord-limits.js';
export { renderLoginCard } from './calculations/render-login-card.js';
export { renderNotice } from './calculations/render-notice.js';
export { Colors, qrFileName, type RenderOptions } from './calculations/render-options.js';
export { renderOutcome } from './calculations/render-outcome.js';
export { DiscordError, DiscordErrorCode } from './errors/discord-error.js';
export {
  attachDiscordLogin,
  type DiscordGatewayLogin,
} from './gateway/attach-discord-login.js';
export { fromDiscordJs } from './gateway/from-discord-js.js';
export { GatewayResponder } from './gateway/gateway-responder.js';
export {
  createInteractionsHandler,
  type DiscordHttpLogin,
  type InteractionsHandlerOptions,
} from './http/create-interactions-handler.js';
export { fromRawInteraction } from './http/from-raw-interaction.js';
export { HttpResponder } from './http/http-responder.js';
export { readPublicKey, verifySignature } from './http/verify-signature.js';
export { german } from './i18n/german.js';
export { defaultLocaleTables, type LocaleTables, localize } from './i18n/localize.js';
export { english, type Messages } from './i18n/messages.js';
export {
  type CommandAction,
  type CommandText,
  type CommandTexts,
  defaultCommandTexts,
} from './models/command-texts.js';
export {
  type DiscordAdapterOptions,
  interactionTokenLifetimeMs,
} from './models/discord-adapter-options.js';
export {
  type DiscordDelivery,
  discordPlatform,
  readDeliveryHandle,
  toDeliveryHandle,
} from './models/discord-delivery.js';
export type { DiscordMessage } from './models/discord-message.js';
export type {
  IncomingButton,
  IncomingCommand,
  IncomingInteraction,
  InteractionUser,
} from './models/incoming-interaction.js';
export type { InteractionResponder } from './models/interaction-responder.js';
export { DiscordLoginFlow } from './services/discord-login-flow.js';
export { DiscordPresenter, type DiscordPresenterOptions } from './services/discord-presenter.js';
