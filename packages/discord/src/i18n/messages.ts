/**
 * Every text the adapter shows in Discord, as functions of the values they carry. A locale
 * table gives some or all of them; missing ones fall back to English.
 */
export interface Messages {
  pendingTitle(provider: string): string;
  pendingSteps(provider: string): string;
  codeLabel(): string;
  expiresIn(relativeTime: string): string;
  requestedBy(mention: string): string;
  onlyIfYouAsked(): string;
  alreadyPending(): string;
  openButton(provider: string): string;
  cancelButton(): string;
  approvedTitle(): string;
  approvedBody(provider: string, name: string): string;
  approvedWithoutProfile(provider: string): string;
  deniedTitle(): string;
  deniedBody(provider: string): string;
  expiredTitle(): string;
  expiredBody(): string;
  tryAgainButton(): string;
  failedTitle(): string;
  failedBody(provider: string, reason: string): string;
  cancelledTitle(): string;
  cancelledBody(provider: string): string;
  /** Short reasons for a failed login, by core error code. */
  failureReason(code: string | undefined, provider: string): string;
  /** Opening line of the direct message sent when the original message can't be edited. */
  directMessageIntro(): string;
  notYourButton(): string;
  loginGone(): string;
  rateLimited(seconds: number): string;
  startFailed(provider: string): string;
  unknownProvider(choices: string): string;
  somethingWentWrong(): string;
  loggedOut(providers: string): string;
  notLoggedIn(): string;
  whoamiTitle(): string;
  whoamiLine(provider: string, name: string): string;
  whoamiNone(): string;
}

/** The English table, complete: the fallback of every other locale. */
export const english: Messages = {
  pendingTitle: (provider) => `Log in with ${provider}`,
  pendingSteps: (provider) =>
    `1. Press **Open ${provider}** below (or scan the QR code).\n` +
    `2. If asked, enter the code below and confirm.`,
  codeLabel: () => 'Your code',
  expiresIn: (relativeTime) => `The code expires ${relativeTime}.`,
  requestedBy: (mention) => `Requested by ${mention}.`,
  onlyIfYouAsked: () =>
    'Only enter this code if you just asked to log in here. Nobody from Discord or this ' +
    'server will ever ask you for it.',
  alreadyPending: () => 'You already have a login in progress; here it is again.',
  openButton: (provider) => `Open ${provider}`,
  cancelButton: () => 'Cancel',
  approvedTitle: () => 'Logged in',
  approvedBody: (provider, name) => `You are logged in with ${provider} as **${name}**.`,
  approvedWithoutProfile: (provider) => `You are logged in with ${provider}.`,
  deniedTitle: () => 'Login declined',
  deniedBody: (provider) => `The request was declined on ${provider}. Nothing was shared.`,
  expiredTitle: () => 'Code expired',
  expiredBody: () => 'The code expired before it was used. You can start again.',
  tryAgainButton: () => 'Try again',
  failedTitle: () => 'Login failed',
  failedBody: (provider, reason) => `The login with ${provider} failed: ${reason}`,
  cancelledTitle: () => 'Login cancelled',
  cancelledBody: (provider) => `The login with ${provider} was cancelled.`,
  failureReason: (code, provider) => {
    switch (code) {
      case 'BOTLOGIN_TRANSPORT':
      case 'BOTLOGIN_TIMEOUT':
        return `${provider} could not be reached. Try again in a moment.`;
      case 'BOTLOGIN_SLOW_DOWN_LOOP':
        return `${provider} kept asking to slow down. Try again later.`;
      case 'BOTLOGIN_INVALID_RESPONSE':
        return `${provider} gave an answer the bot could not read.`;
      case 'BOTLOGIN_PROVIDER_ERROR':
        return `${provider} refused the request.`;
      default:
        return 'something unexpected went wrong.';
    }
  },
  directMessageIntro: () =>
    'Your login message could no longer be updated, so here is how it ended.',
  notYourButton: () => 'This button belongs to someone else’s login. Use /login to start your own.',
  loginGone: () => 'That login no longer exists. Use /login to start a new one.',
  rateLimited: (seconds) =>
    `You started several logins in a short time. Try again in ${seconds} seconds.`,
  startFailed: (provider) => `${provider} could not start a login right now. Try again shortly.`,
  unknownProvider: (choices) => `Choose one of: ${choices}.`,
  somethingWentWrong: () => 'Something went wrong on our side. Please try again.',
  loggedOut: (providers) => `You are logged out of ${providers}.`,
  notLoggedIn: () => 'You are not logged in. Use /login to log in.',
  whoamiTitle: () => 'Your logins',
  whoamiLine: (provider, name) => `**${provider}**: ${name}`,
  whoamiNone: () => 'You are not logged in with any provider. Use /login to log in.',
};
