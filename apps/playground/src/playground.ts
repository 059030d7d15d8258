import {
  type Botlogin,
  type Clock,
  createBotlogin,
  createStreamLogger,
  systemClock,
} from '@botlogin/core';
import { type Emulator, startEmulator } from '@botlogin/emulator';
import { findEmulatedProvider } from './emulated-providers.js';
import { TerminalBot } from './terminal-bot.js';

/** The emulator, the engine and the terminal bot of one playground run. */
export interface Playground {
  readonly emulator: Emulator;
  readonly botlogin: Botlogin;
  readonly bot: TerminalBot;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  readonly provider: string;
  readonly port?: number;
  readonly say: (text: string) => void;
  readonly log: (line: string) => void;
  /** Tests pass an accelerated clock, shared by the emulator and the engine. */
  readonly clock?: Clock;
}

/** Starts the emulator on loopback and a terminal bot wired to it. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const emulated = findEmulatedProvider(options.provider);
  if (emulated === undefined) throw new Error(`Unknown provider "${options.provider}".`);
  const clock = options.clock ?? systemClock;
  const emulator = await startEmulator({ port: options.port ?? 0, now: clock.now });
  try {
    const botlogin = createBotlogin({
      providers: [emulated.spec(emulator)],
      logger: createStreamLogger(options.log, 'warn'),
      clock,
    });
    const bot = new TerminalBot(botlogin.login, options.say, clock.now);
    return {
      emulator,
      botlogin,
      bot,
      async close() {
        await botlogin.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
