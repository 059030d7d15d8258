/**
 * Every sentence the adapter writes to chat, in one language. Values are plain text: the
 * renderers escape them, so a translation never has to care about Telegram's HTML.
 *
 * @see https://core.telegram.org/bots/api#html-style
 */
export interface Messages {
  /** Descriptions shown in Telegram's command menu (setMyCommands), at most 256 characters. */
  readonly commands: { readonly login: string; readonly logout: string; readonly whoami: string };
  readonly welcome: string;
  readonly cardTitle: (provider: string) => string;
  readonly codeLabel: string;
  readonly tapToCopy: string;
  readonly openWithButton: string;
  readonly openLinkAsText: string;
  readonly validity: (minutes: number, untilUtc: string) => string;
  readonly requestedBy: (name: string) => string;
  readonly onlyIfYouAsked: string;
  readonly openButton: (provider: string) => string;
  readonly cancelButton: string;
  readonly tryAgainButton: string;
  readonly approved: (provider: string, name: string | undefined) => string;
  readonly denied: (provider: string) => string;
  readonly expired: (provider: string) => string;
  readonly failed: (provider: string, reason: string) => string;
  readonly cancelled: (provider: string) => string;
  /** Short reasons for `failed`, by the core's error code; `default` for any other code. */
  readonly failureReasons: { readonly default: string; readonly [code: string]: string };
  readonly continuedBelow: string;
  readonly chooseProvider: string;
  readonly unknownProvider: (asked: string, known: string) => string;
  readonly groupRedirect: string;
  readonly groupRedirectButton: string;
  readonly privateOnly: string;
  readonly alreadyInProgress: string;
  readonly notYourLogin: string;
  readonly alreadyEnded: string;
  readonly cancelDone: string;
  readonly rateLimited: (seconds: number) => string;
  readonly startFailed: string;
  readonly loggedOut: (provider: string) => string;
  readonly notLoggedIn: string;
  readonly loggedInAs: (provider: string, name: string | undefined) => string;
  readonly somethingWentWrong: string;
}
