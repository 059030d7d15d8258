import { type Emulator, startEmulator } from '@botlogin/emulator';
import {
  acceleratedClock,
  type Botlogin,
  type Clock,
  createBotlogin,
  type LoginView,
  type ProviderSpec,
  UndiciHttpClient,
} from '../../src/index.js';
import { capturingLogger } from './harness.js';

/** A real engine against the real emulator, both on one accelerated clock. */
export interface EmulatedEngine {
  readonly clock: Clock;
  readonly emulator: Emulator;
  readonly bot: Botlogin;
  readonly http: UndiciHttpClient;
  readonly logs: string[];
  outcomeOf(loginId: string, timeoutMs?: number): Promise<LoginView>;
  /** Resolves once `check` holds, polling every few milliseconds. */
  until(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function emulatedEngine(
  spec: (emulator: Emulator) => ProviderSpec,
  options: { speed?: number; login?: object; emulator?: Parameters<typeof startEmulator>[0] } = {},
): Promise<EmulatedEngine> {
  const clock = acceleratedClock(options.speed ?? 50);
  const emulator = await startEmulator({ now: clock.now, ...options.emulator });
  const logs: string[] = [];
  const outcomes: LoginView[] = [];
  const http = new UndiciHttpClient({ timeoutMs: 5_000 });
  const bot = createBotlogin({
    providers: [spec(emulator)],
    clock,
    logger: capturingLogger(logs),
    httpClient: http,
    ...(options.login ? { login: options.login } : {}),
  });
  bot.login.events.on('outcome', (view) => outcomes.push(view));
  const until = async (check: () => boolean, timeoutMs = 10_000) => {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return {
    clock,
    emulator,
    bot,
    http,
    logs,
    async outcomeOf(loginId, timeoutMs) {
      await until(() => outcomes.some((view) => view.id === loginId), timeoutMs);
      return outcomes.find((view) => view.id === loginId) as LoginView;
    },
    until,
    async close() {
      await bot.close();
      await http.close();
      await emulator.close();
    },
  };
}
