import {
  acceleratedClock,
  type Botlogin,
  type Clock,
  createBotlogin,
  type Logger,
  type LoginView,
  type ProviderSpec,
} from '../../src/index.js';
import { ScriptedProvider } from './scripted-provider.js';

/** Virtual seconds pass this many times faster than real ones in engine tests. */
export const speed = 20;

/** Log lines captured from the engine, to check that no secret reaches them. */
export function capturingLogger(lines: string[]): Logger {
  const at = (level: string) => (message: string, context?: object) =>
    lines.push(`${level} ${message} ${JSON.stringify(context ?? {})}`);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface EngineHarness {
  readonly clock: Clock;
  readonly fake: ScriptedProvider;
  readonly bot: Botlogin;
  readonly logs: string[];
  readonly outcomes: LoginView[];
  /** Resolves with the first outcome of a login. */
  outcomeOf(loginId: string, timeoutMs?: number): Promise<LoginView>;
  close(): Promise<void>;
}

/** A real engine against a scripted provider on 127.0.0.1, on an accelerated clock. */
export async function rfcHarness(
  options: { providerOverrides?: object; login?: object; httpTimeoutMs?: number } = {},
): Promise<EngineHarness> {
  const clock = acceleratedClock(speed);
  const fake = await ScriptedProvider.start(clock.now);
  const spec: ProviderSpec = {
    type: 'rfc8628',
    deviceAuthorizationEndpoint: `${fake.url}/device`,
    tokenEndpoint: `${fake.url}/token`,
    userinfoEndpoint: `${fake.url}/userinfo`,
    revocationEndpoint: `${fake.url}/revoke`,
    clientId: 'client-1',
    clientSecret: 'client-secret-0123456789',
    scopes: ['openid', 'profile'],
    clock: clock.now,
    ...options.providerOverrides,
  } as ProviderSpec;
  return harness(clock, fake, spec, options);
}

export async function harness(
  clock: Clock,
  fake: ScriptedProvider,
  spec: ProviderSpec,
  options: { login?: object; httpTimeoutMs?: number } = {},
): Promise<EngineHarness> {
  const logs: string[] = [];
  const outcomes: LoginView[] = [];
  const { UndiciHttpClient } = await import('../../src/index.js');
  const bot = createBotlogin({
    providers: [spec],
    clock,
    logger: capturingLogger(logs),
    httpClient: new UndiciHttpClient({ timeoutMs: options.httpTimeoutMs ?? 5_000 }),
    ...(options.login ? { login: options.login } : {}),
  });
  bot.login.events.on('outcome', (view) => outcomes.push(view));
  return {
    clock,
    fake,
    bot,
    logs,
    outcomes,
    async outcomeOf(loginId, timeoutMs = 10_000) {
      const started = Date.now();
      for (;;) {
        const found = outcomes.find((view) => view.id === loginId);
        if (found) return found;
        if (Date.now() - started > timeoutMs) throw new Error(`no outcome for ${loginId}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      await bot.close();
      await fake.close();
    },
  };
}

/** Gaps in virtual seconds between consecutive requests (and from `from` to the first). */
export function gapsInSeconds(times: readonly number[], from: number): number[] {
  const all = [from, ...times];
  return all.slice(1).map((at, index) => (at - (all[index] as number)) / 1000);
}

export const alice = { platform: 'test', userId: 'alice' } as const;
export const bob = { platform: 'test', userId: 'bob' } as const;
