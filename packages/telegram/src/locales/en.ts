import type { Messages } from './messages.js';

/** English, the complete catalogue every other language falls back to. */
export const en: Messages = {
  commands: {
    login: 'Log in to your account',
    logout: 'Log out',
    whoami: 'Show which accounts you are logged in to',
  },
  welcome: 'Hi! Send /login to log in, /whoami to see your logins and /logout to log out.',
  cardTitle: (provider) => `Log in with ${provider}`,
  codeLabel: 'Your code:',
  tapToCopy: '(tap the code to copy it)',
  openWithButton: 'Open the login page with the button below and enter the code there.',
  openLinkAsText: 'Open this page in your browser and enter the code there:',
  validity: (minutes, untilUtc) =>
    `The code is valid for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, until ${untilUtc}.`,
  requestedBy: (name) => `Requested by ${name}.`,
  onlyIfYouAsked: 'Only enter this code if you just asked for it yourself.',
  openButton: (provider) => `Open ${provider} login`,
  cancelButton: 'Cancel',
  tryAgainButton: 'Try again',
  approved: (provider, name) =>
    name === undefined
      ? `You are logged in to ${provider}.`
      : `You are logged in to ${provider} as ${name}.`,
  denied: (provider) => `The login to ${provider} was declined.`,
  expired: (provider) => `The ${provider} code expired before it was used.`,
  failed: (provider, reason) => `The login to ${provider} failed: ${reason}.`,
  cancelled: (provider) => `The login to ${provider} was cancelled.`,
  failureReasons: {
    default: 'the provider could not complete it',
    BOTLOGIN_PROVIDER_ERROR: 'the provider refused the request',
    BOTLOGIN_INVALID_RESPONSE: 'the provider sent an answer I could not read',
    BOTLOGIN_TRANSPORT: 'the provider could not be reached',
    BOTLOGIN_TIMEOUT: 'the provider did not answer in time',
    BOTLOGIN_SLOW_DOWN_LOOP: 'the provider kept asking me to slow down',
  },
  continuedBelow: 'This login continues in the message below.',
  chooseProvider: 'Which account do you want to log in with?',
  unknownProvider: (asked, known) => `I don't know "${asked}". You can log in with: ${known}.`,
  groupRedirect:
    'For your privacy I only show login codes in a private chat. Tap the button to continue there.',
  groupRedirectButton: 'Continue in a private chat',
  privateOnly: 'Please use this command in a private chat with me.',
  alreadyInProgress: 'Your login is already in progress: use the message with the code.',
  notYourLogin: 'Only the person who started this login can cancel it.',
  alreadyEnded: 'This login has already ended.',
  cancelDone: 'Login cancelled.',
  rateLimited: (seconds) =>
    `You started several logins in a short time. Please try again in ${seconds} s.`,
  startFailed: "I couldn't start the login right now. Please try again in a moment.",
  loggedOut: (provider) => `You are logged out of ${provider}.`,
  notLoggedIn: 'You are not logged in.',
  loggedInAs: (provider, name) =>
    name === undefined ? `${provider}: logged in` : `${provider}: logged in as ${name}`,
  somethingWentWrong: 'Something went wrong on my side. Please try again.',
};
