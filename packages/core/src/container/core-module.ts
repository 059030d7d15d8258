import { ContainerModule } from 'inversify';
import { UndiciHttpClient } from '../actions/undici-http-client.js';
import type { DeviceFlowProvider } from '../providers/device-flow-provider.js';
import { type Clock, systemClock } from '../services/clock.js';
import { type Logger, silentLogger } from '../services/logger.js';
import { LoginService, type LoginServiceOptions } from '../services/login-service.js';
import { MemoryScheduler } from '../services/memory-scheduler.js';
import { MemorySessionStore } from '../services/memory-session-store.js';
import { MemoryTokenStore } from '../services/memory-token-store.js';
import type { PollScheduler } from '../services/poll-scheduler.js';
import { ProviderRegistry } from '../services/provider-registry.js';
import type { SessionStore } from '../services/session-store.js';
import type { TokenStore } from '../services/token-store.js';
import { CoreTokens } from './tokens.js';

/**
 * Binds every part of the engine with its in-memory default. Load it, bind your providers under
 * `CoreTokens.Provider`, and `rebind` any part you replace (a SQLite store, a BullMQ scheduler,
 * your logger). Classes stay free of decorators: the wiring lives here alone.
 */
export const coreModule = new ContainerModule(({ bind }) => {
  bind(CoreTokens.Clock).toConstantValue(systemClock);
  bind(CoreTokens.Logger).toConstantValue(silentLogger);
  bind(CoreTokens.LoginServiceOptions).toConstantValue({});
  bind(CoreTokens.HttpClient)
    .toResolvedValue(() => new UndiciHttpClient())
    .inSingletonScope();
  bind(CoreTokens.SessionStore)
    .toResolvedValue(() => new MemorySessionStore())
    .inSingletonScope();
  bind(CoreTokens.TokenStore)
    .toResolvedValue(() => new MemoryTokenStore())
    .inSingletonScope();
  bind(CoreTokens.PollScheduler)
    .toResolvedValue(
      (clock: Clock, logger: Logger) => new MemoryScheduler({ clock, logger }),
      [CoreTokens.Clock, CoreTokens.Logger],
    )
    .inSingletonScope();
  bind(CoreTokens.ProviderRegistry)
    .toResolvedValue(
      (providers: DeviceFlowProvider[] | undefined) => new ProviderRegistry(providers ?? []),
      [{ isMultiple: true, optional: true, serviceIdentifier: CoreTokens.Provider }],
    )
    .inSingletonScope();
  bind(CoreTokens.LoginService)
    .toResolvedValue(
      (
        providers: ProviderRegistry,
        sessions: SessionStore,
        tokens: TokenStore,
        scheduler: PollScheduler,
        clock: Clock,
        logger: Logger,
        options: LoginServiceOptions,
      ) => new LoginService({ providers, sessions, tokens, scheduler, clock, logger, options }),
      [
        CoreTokens.ProviderRegistry,
        CoreTokens.SessionStore,
        CoreTokens.TokenStore,
        CoreTokens.PollScheduler,
        CoreTokens.Clock,
        CoreTokens.Logger,
        CoreTokens.LoginServiceOptions,
      ],
    )
    .inSingletonScope();
});
