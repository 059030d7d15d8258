/**
 * Every message the verification pages can show. They are fixed text, so they go into the
 * page as they are; anything a visitor sent is escaped separately.
 */
export const NOTICES = {
  missingCode: 'Enter the code the bot gave you.',
  wrongCode: "That code isn't right. Check the code the bot sent you and try again.",
  expired: 'This code has expired. Ask the bot for a new one.',
  alreadyUsed: 'This code has already been used. Ask the bot for a new one if you need to.',
  alreadyDenied: 'This request was denied. Ask the bot for a new code to try again.',
  badForm: 'This form has expired or did not come from this page. Enter the code again.',
  approved: "You're signed in. You can return to the chat.",
  denied: 'You denied the request.',
} as const;

/** The name of one of the {@link NOTICES}. */
export type Notice = keyof typeof NOTICES;
