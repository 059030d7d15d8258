import type { BotkitMessage } from 'botkit';

/** Bot Framework conversation types that more than one person can read. */
const groupConversationTypes: ReadonlySet<string> = new Set(['channel', 'group', 'groupchat']);

/**
 * Whether others than the sender can read the message's conversation. Channels mark this
 * differently: most set `isGroup`, Teams sets `conversationType` to `channel` or `groupChat`
 * and some adapters set only `group`; any of them counts.
 *
 * @see https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#conversationaccount-object
 */
export function isGroupConversation(message: BotkitMessage): boolean {
  const conversation = message.reference?.conversation as
    | { isGroup?: unknown; conversationType?: unknown }
    | undefined;
  if (conversation?.isGroup === true) return true;
  const type = conversation?.conversationType;
  return typeof type === 'string' && groupConversationTypes.has(type.toLowerCase());
}
