import {
  BotloginError,
  type ChatUser,
  ErrorCode,
  type LoginService,
  type LoginView,
} from '@botlogin/core';
import QRCode from 'qrcode';
import { formatRemaining, renderLoginCard, renderOutcome } from './render.js';

const platform = 'terminal';

const help = `Commands:
  /login [provider]   start a login (providers: PROVIDERS)
  /cancel             cancel the pending login
  /whoami             who you are logged in as
  /logout [provider]  log out
  /help               this list
  /quit               leave`;

/**
 * A chat bot whose chat is this terminal. It uses only the adapter-facing API of the core,
 * exactly as the Discord, Slack and Telegram adapters do: start, attach a delivery handle,
 * present the outcome, cancel, logout.
 */
export class TerminalBot {
  readonly #login: LoginService;
  readonly #say: (text: string) => void;
  readonly #user: ChatUser;
  readonly #now: () => number;
  readonly #colorQr: boolean;
  readonly #outcomes: ((view: LoginView) => void)[] = [];
  #pending: LoginView | undefined;

  constructor(
    login: LoginService,
    say: (text: string) => void,
    now: () => number = Date.now,
    colorQr = process.stdout.isTTY === true,
  ) {
    this.#colorQr = colorQr;
    this.#login = login;
    this.#say = say;
    this.#now = now;
    this.#user = { platform, userId: 'you' };
    login.registerPresenter(platform, { present: async (view) => this.#present(view) });
  }

  /** The pending login's remaining time, for a live countdown in the prompt. */
  countdown(): string | undefined {
    const pending = this.#pending;
    if (pending === undefined) return undefined;
    return formatRemaining(pending.expiresAt - this.#now());
  }

  /** The login waiting for approval, if any. */
  pendingLogin(): LoginView | undefined {
    return this.#pending;
  }

  /** Resolves with the next outcome presented. */
  nextOutcome(): Promise<LoginView> {
    return new Promise((resolve) => this.#outcomes.push(resolve));
  }

  /** Handles one line the user typed. Never throws: problems are told to the user. */
  async handle(line: string): Promise<'quit' | undefined> {
    const [command = '', ...args] = line.trim().split(/\s+/);
    try {
      switch (command.toLowerCase()) {
        case '':
          return undefined;
        case '/login':
          await this.#startLogin(args[0]);
          return undefined;
        case '/cancel':
          await this.#cancel();
          return undefined;
        case '/whoami':
          await this.#whoami();
          return undefined;
        case '/logout':
          await this.#logout(args[0]);
          return undefined;
        case '/help':
          this.#say(help.replace('PROVIDERS', this.#providerIds().join(', ')));
          return undefined;
        case '/quit':
        case '/exit':
          return 'quit';
        default:
          this.#say(`I don't know "${command}". Type /help for the commands.`);
          return undefined;
      }
    } catch (error) {
      this.#say(describeError(error));
      return undefined;
    }
  }

  async #startLogin(requested: string | undefined): Promise<void> {
    const providerId = requested ?? this.#providerIds()[0] ?? '';
    const current = (await this.#login.listLogins(this.#user)).find(
      (stored) => stored.providerId === providerId,
    );
    const { login, created } = await this.#login.start({ chatUser: this.#user, providerId });
    if (created && current !== undefined) {
      const who = current.profile?.name ?? 'someone';
      this.#say(`You are logged in as ${who} already; approving this login replaces that one.`);
    }
    const name = this.#displayName(login.providerId);
    if (!created) this.#say('You already have a login waiting; here it is again.');
    const link = login.verificationUriComplete ?? login.verificationUri;
    // Colours only on a terminal; piped output gets plain block characters.
    const qr = await QRCode.toString(
      link,
      this.#colorQr ? { type: 'terminal', small: true } : { type: 'utf8' },
    );
    this.#say(renderLoginCard(login, name, qr, this.#now()));
    this.#pending = await this.#login.attachDelivery(login.id, {
      platform,
      data: { conversation: 'terminal' },
    });
  }

  async #cancel(): Promise<void> {
    const pending = this.#pending;
    if (pending === undefined) {
      this.#say('There is no login to cancel.');
      return;
    }
    const { changed } = await this.#login.cancel(pending.id, this.#user);
    if (!changed) this.#say('That login had already ended.');
  }

  async #whoami(): Promise<void> {
    const logins = await this.#login.listLogins(this.#user);
    if (logins.length === 0) {
      this.#say('You are not logged in. Type /login to start.');
      return;
    }
    for (const stored of logins) {
      const who = stored.profile?.name ?? 'an unknown user';
      this.#say(`You are ${who} on ${this.#displayName(stored.providerId)}.`);
    }
  }

  async #logout(requested: string | undefined): Promise<void> {
    const logins = await this.#login.listLogins(this.#user);
    const targets = requested === undefined ? logins.map((l) => l.providerId) : [requested];
    let any = false;
    const pending = this.#pending;
    if (pending && (requested === undefined || requested === pending.providerId)) {
      // Logging out also stops a login still waiting, or it would log the user back in.
      any = (await this.#login.cancel(pending.id, this.#user)).changed;
    }
    for (const providerId of targets) {
      any = (await this.#login.logout(this.#user, providerId)) || any;
    }
    this.#say(any ? 'Logged out.' : 'You were not logged in.');
  }

  #present(view: LoginView): void {
    if (this.#pending?.id === view.id) this.#pending = undefined;
    this.#say(renderOutcome(view, this.#displayName(view.providerId)));
    for (const resolve of this.#outcomes.splice(0)) resolve(view);
  }

  #providerIds(): string[] {
    return this.#login.listProviders().map((provider) => provider.id);
  }

  #displayName(providerId: string): string {
    return this.#login.listProviders().find((p) => p.id === providerId)?.displayName ?? providerId;
  }
}

/** What to tell the user about an error: botlogin's own messages are written for them. */
function describeError(error: unknown): string {
  if (BotloginError.is(error)) {
    if (error.code === ErrorCode.UnknownProvider) return error.message;
    return `Sorry, that did not work: ${error.message}`;
  }
  return 'Sorry, something went wrong on my side.';
}
