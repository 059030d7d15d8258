/** Every sentence the adapter shows, so a bot can translate or reword them in one place. */
export interface SlackTexts {
  readonly pendingTitle: (provider: string) => string;
  readonly pendingCode: (code: string) => string;
  readonly pendingSteps: (provider: string) => string;
  /** `{time}`-style Slack date format; the date token is added by the renderer. */
  readonly pendingExpiryFormat: string;
  readonly pendingRequestedBy: (userMention: string, command: string | undefined) => string;
  readonly pendingWarning: string;
  readonly openButton: (provider: string) => string;
  readonly cancelButton: string;
  readonly approved: (provider: string, name: string | undefined) => string;
  readonly denied: (provider: string) => string;
  readonly expired: (provider: string) => string;
  readonly failed: (provider: string, reason: string) => string;
  readonly cancelled: (provider: string) => string;
  readonly tryAgainButton: string;
  readonly chooseProvider: string;
  readonly loginButton: (provider: string) => string;
  readonly logoutButton: (provider: string) => string;
  readonly unknownProvider: (given: string, known: string) => string;
  readonly superseded: string;
  readonly notAllowed: string;
  readonly loginGone: string;
  readonly rateLimited: (seconds: number) => string;
  readonly startFailed: (provider: string) => string;
  readonly loggedOut: (providers: string) => string;
  readonly notLoggedIn: string;
  readonly whoami: (lines: string) => string;
  readonly homeTitle: string;
  readonly homeConnected: (provider: string, name: string | undefined) => string;
  readonly homePending: (provider: string) => string;
  readonly homeNotConnected: (provider: string) => string;
  readonly somethingWentWrong: string;
}

const english: SlackTexts = {
  pendingTitle: (provider) => `Log in with ${provider}`,
  pendingCode: (code) => `Your code: *\`${code}\`*`,
  pendingSteps: (provider) =>
    `Open the ${provider} page with the button below, check that it shows this code, and ` +
    'approve. This message updates when you are done.',
  pendingExpiryFormat: 'The code expires at {time} ({date_short_pretty}).',
  pendingRequestedBy: (mention, command) =>
    `Requested by ${mention}${command === undefined ? '' : ` with ${command}`}. ` +
    'Only you can see this message.',
  pendingWarning:
    ':warning: Only enter this code if you just asked for it. Nobody from this workspace ' +
    'will ever ask you for it.',
  openButton: (provider) => `Open ${provider}`,
  cancelButton: 'Cancel',
  approved: (provider, name) =>
    name === undefined
      ? `:white_check_mark: You are logged in with ${provider}.`
      : `:white_check_mark: You are logged in with ${provider} as *${name}*.`,
  denied: (provider) => `:no_entry_sign: The ${provider} login was declined.`,
  expired: (provider) => `:hourglass: The ${provider} code expired before it was used.`,
  failed: (provider, reason) => `:x: The ${provider} login failed: ${reason}`,
  cancelled: (provider) => `The ${provider} login was cancelled.`,
  tryAgainButton: 'Try again',
  chooseProvider: 'Which account do you want to log in with?',
  loginButton: (provider) => `Log in with ${provider}`,
  logoutButton: (provider) => `Log out of ${provider}`,
  unknownProvider: (given, known) => `There is no login called "${given}". Try one of: ${known}.`,
  superseded: 'This login continues in a newer message.',
  notAllowed: 'Only the person who started this login can cancel it.',
  loginGone: 'That login no longer exists; start a new one.',
  rateLimited: (seconds) => `Too many logins started; try again in ${seconds} s.`,
  startFailed: (provider) => `${provider} could not start a login just now. Please try again.`,
  loggedOut: (providers) => `You are logged out of ${providers}.`,
  notLoggedIn: 'You are not logged in. Use the login command to log in.',
  whoami: (lines) => `You are logged in with:\n${lines}`,
  homeTitle: 'Your logins',
  homeConnected: (provider, name) =>
    name === undefined ? `*${provider}*: connected` : `*${provider}*: connected as *${name}*`,
  homePending: (provider) => `*${provider}*: waiting for you to enter the code`,
  homeNotConnected: (provider) => `*${provider}*: not connected`,
  somethingWentWrong: 'Something went wrong on our side. Please try again.',
};

const catalogue: Readonly<Record<string, SlackTexts>> = { en: english };

/**
 * The texts for a locale (`en-GB` falls back to `en`). Only English ships today: Slack sends no
 * locale with commands or actions, and asking `users.info` for one would cost an API call per
 * login; a bot that knows its users' languages passes its own texts instead.
 */
export function slackTexts(
  locale: string | undefined,
  overrides?: Partial<SlackTexts>,
): SlackTexts {
  const language = locale?.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return { ...(catalogue[language] ?? english), ...overrides };
}
