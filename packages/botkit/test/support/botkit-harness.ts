import {
  acceleratedClock,
  type Botlogin,
  type Clock,
  createBotlogin,
  MemorySessionStore,
  MemoryTokenStore,
  type SessionStore,
  type TokenStore,
} from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { type Activity, MemoryStorage, TestAdapter } from 'botbuilder-core';
import { Botkit } from 'botkit';
import { type BotloginPluginOptions, botloginPlugin } from '../../src/index.js';

/** Engine time runs this many times faster than the wall clock: a 5 s interval takes 100 ms. */
const speed = 50;

/** One bot process: a Botkit controller with the plugin, on the shared test "platform". */
export interface BotProcess {
  readonly controller: Botkit;
  readonly botlogin: Botlogin;
}

/**
 * A Botkit bot fed through botbuilder's TestAdapter (Botkit's own test path), with the plugin
 * on the real engine and the real emulator. Replies, proactive ones included, land in the
 * adapter's queue, which `nextReply` reads.
 */
export class BotkitHarness {
  readonly adapter: TestAdapter;
  readonly emulator: Emulator;
  readonly clock: Clock;
  readonly sessions: SessionStore = new MemorySessionStore();
  readonly tokens: TokenStore = new MemoryTokenStore();
  readonly #processes: BotProcess[] = [];
  #controller: Botkit | undefined;
  #failingSends = 0;

  private constructor(emulator: Emulator, clock: Clock) {
    this.emulator = emulator;
    this.clock = clock;
    this.adapter = new TestAdapter(async (context) => {
      if (this.#controller === undefined) throw new Error('No bot process is listening.');
      await this.#controller.handleTurn(context);
    });
    // The platform refuses the next sends, as a channel answering HTTP 500 would.
    const send = this.adapter.sendActivities.bind(this.adapter);
    this.adapter.sendActivities = async (context, activities) => {
      if (this.#failingSends > 0) {
        this.#failingSends -= 1;
        throw new Error('The platform answered HTTP 500.');
      }
      return send(context, activities);
    };
  }

  /** Makes the platform refuse the next `count` sends. */
  failNextSends(count: number): void {
    this.#failingSends = count;
  }

  static async start(): Promise<BotkitHarness> {
    const clock = acceleratedClock(speed);
    const emulator = await startEmulator({ port: 0, now: clock.now });
    return new BotkitHarness(emulator, clock);
  }

  /**
   * Starts a bot process sharing the stores of the others, and makes it the one that receives
   * the user's messages.
   */
  async startProcess(options: Partial<BotloginPluginOptions> = {}): Promise<BotProcess> {
    const botlogin = createBotlogin({
      providers: [
        {
          type: 'facebook',
          appId: this.emulator.facebook.appId,
          clientToken: this.emulator.facebook.clientToken,
          graphBaseUrl: this.emulator.graphUrl,
        },
      ],
      clock: this.clock,
      sessionStore: this.sessions,
      tokenStore: this.tokens,
    });
    const controller = new Botkit({
      adapter: this.adapter,
      disable_webserver: true,
      disable_console: true,
      storage: new MemoryStorage(),
    });
    controller.usePlugin(
      botloginPlugin({ login: botlogin.login, now: this.clock.now, ...options }),
    );
    await new Promise<void>((resolve) => controller.ready(resolve));
    const process = { controller, botlogin };
    this.#processes.push(process);
    this.#controller = controller;
    return process;
  }

  /** The user sends a message; resolves once the bot has handled it. */
  async say(
    text: string,
    from: { user?: string; channel?: string; isGroup?: boolean; conversationType?: string } = {},
  ): Promise<void> {
    const user = from.user ?? 'user1';
    const activity: Partial<Activity> = {
      type: 'message',
      text,
      from: { id: user, name: user },
      channelId: from.channel ?? 'test',
      conversation: {
        id: `${from.channel ?? 'test'}:${user}`,
        isGroup: from.isGroup ?? false,
        ...(from.conversationType === undefined ? {} : { conversationType: from.conversationType }),
        name: user,
      } as Activity['conversation'],
    };
    await this.adapter.receiveActivity(activity);
  }

  /** The next message the bot sent, waiting for it up to `timeoutMs` of real time. */
  async nextReply(timeoutMs = 10_000): Promise<Partial<Activity>> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const reply = this.adapter.activeQueue.shift();
      if (reply !== undefined) return reply;
      if (performance.now() > deadline) throw new Error(`No reply within ${timeoutMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Replies waiting in the queue right now. */
  pendingReplies(): number {
    return this.adapter.activeQueue.length;
  }

  /** The user code of the newest code the emulator issued. */
  latestUserCode(): string {
    const codes = this.emulator.listPending();
    const latest = codes.at(-1);
    if (latest === undefined) throw new Error('The emulator issued no code.');
    return latest.userCode;
  }

  /** Stops a process: its engine stops polling, its sessions stay in the shared store. */
  async stopProcess(process: BotProcess): Promise<void> {
    const index = this.#processes.indexOf(process);
    if (index === -1) return;
    this.#processes.splice(index, 1);
    await process.botlogin.close();
    await process.controller.shutdown();
  }

  async close(): Promise<void> {
    for (const { controller, botlogin } of this.#processes) {
      await botlogin.close();
      await controller.shutdown();
    }
    await this.emulator.close();
  }
}
