import type { DeliveryHandle, JsonValue } from '@botlogin/core';

/** The platform name of this adapter, in chat users and delivery handles. */
export const telegramPlatform = 'telegram';

/**
 * Where a login card lives, kept with the session so any bot process can edit it: the chat and
 * message ids, whether it is a text or a photo (a photo's text is its caption, edited with
 * `editMessageCaption`), and the locale it was written in.
 */
export interface TelegramDelivery {
  readonly chatId: number;
  readonly messageId: number;
  readonly kind: 'text' | 'photo';
  readonly locale: string;
}

/** Wraps a Telegram delivery as the core's serialisable handle. */
export function toDeliveryHandle(delivery: TelegramDelivery): DeliveryHandle {
  const data: { [key: string]: JsonValue } = { ...delivery };
  return { platform: telegramPlatform, data };
}

/** Reads a delivery handle back; undefined when it is missing, of another platform or damaged. */
export function readTelegramDelivery(
  handle: DeliveryHandle | undefined,
): TelegramDelivery | undefined {
  if (handle?.platform !== telegramPlatform) return undefined;
  const { chatId, messageId, kind, locale } = handle.data;
  if (typeof chatId !== 'number' || !Number.isSafeInteger(chatId)) return undefined;
  if (typeof messageId !== 'number' || !Number.isSafeInteger(messageId)) return undefined;
  if (kind !== 'text' && kind !== 'photo') return undefined;
  return { chatId, messageId, kind, locale: typeof locale === 'string' ? locale : 'en' };
}
