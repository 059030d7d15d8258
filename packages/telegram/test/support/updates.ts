/** Raw Bot API updates as Telegram would send them, for the fake's getUpdates and webhooks. */

export interface TestUser {
  readonly id: number;
  readonly first_name: string;
  readonly username?: string;
  readonly language_code?: string;
}

export const ada: TestUser = { id: 5001, first_name: 'Ada', username: 'ada', language_code: 'en' };
export const bob: TestUser = { id: 5002, first_name: 'Bob', language_code: 'en-GB' };
export const jonas: TestUser = { id: 5003, first_name: 'Jonas', language_code: 'de' };
export const groupChat = { id: -100123456, type: 'supergroup', title: 'Friends' } as const;

let messageId = 1;

/** A text message, with a `bot_command` entity when it starts with `/`. */
export function textMessage(
  from: TestUser,
  text: string,
  chat: Record<string, unknown> = { id: from.id, type: 'private', first_name: from.first_name },
): Record<string, unknown> {
  const command = /^\/\S+/.exec(text)?.[0];
  return {
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      from: { is_bot: false, ...from },
      chat,
      text,
      ...(command === undefined
        ? {}
        : { entities: [{ type: 'bot_command', offset: 0, length: command.length }] }),
    },
  };
}

/** A press on an inline button of a message the bot sent to `chatId`. */
export function buttonPress(
  from: TestUser,
  chatId: number,
  messageIdPressed: number,
  data: string,
): Record<string, unknown> {
  return {
    callback_query: {
      id: `cb-${messageId++}`,
      from: { is_bot: false, ...from },
      chat_instance: 'ci-1',
      data,
      message: {
        message_id: messageIdPressed,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private', first_name: from.first_name },
        text: 'card',
      },
    },
  };
}
