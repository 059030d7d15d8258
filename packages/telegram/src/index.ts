export { type EditResult, editCard } from './actions/edit-card.js';
export { renderQrCode } from './actions/render-qr-code.js';
export { type SentCard, sendCard } from './actions/send-card.js';
export {
  type ButtonAction,
  decodeButtonAction,
  encodeButtonAction,
  maxCallbackDataBytes,
} from './calculations/callback-data.js';
export { canBeButtonUrl } from './calculations/can-be-button-url.js';
export {
  classifyTelegramError,
  type TelegramErrorKind,
} from './calculations/classify-telegram-error.js';
export { escapeHtml } from './calculations/escape-html.js';
export { formatUtcTime, minutesBetween } from './calculations/format-utc-time.js';
export { renderOutcome } from './calculations/render-outcome.js';
export { type PendingCardContext, renderPendingCard } from './calculations/render-pending-card.js';
export {
  renderGroupRedirect,
  renderProviderChoice,
  renderText,
} from './calculations/render-simple.js';
export {
  deepLink,
  loginStartPayload,
  maxStartPayloadLength,
  readLoginStartPayload,
} from './calculations/start-payload.js';
export { createTelegramLogin } from './create-telegram-login.js';
export { TelegramTransientError } from './errors/telegram-transient-error.js';
export { de } from './locales/de.js';
export { en } from './locales/en.js';
export type { Messages } from './locales/messages.js';
export { catalogues, localeOf, messagesFor } from './locales/messages-for.js';
export {
  readTelegramDelivery,
  type TelegramDelivery,
  telegramPlatform,
  toDeliveryHandle,
} from './models/telegram-delivery.js';
export {
  maxCaptionLength,
  maxTextLength,
  type TelegramMessage,
} from './models/telegram-message.js';
export {
  chatUserOf,
  requesterName,
  TelegramLogin,
  type TelegramLoginOptions,
} from './services/telegram-login.js';
export { providerName, TelegramPresenter } from './services/telegram-presenter.js';
export { type TelegramWebhookOptions, telegramWebhook } from './services/telegram-webhook.js';
