import { Container, type ServiceIdentifier } from 'inversify';
import type { HttpClient } from '../actions/http-client.js';
import { ConfigurationError } from '../errors/botlogin-error.js';
import { createProvider, type ProviderSpec } from '../providers/provider-config.js';
import type { Clock } from '../services/clock.js';
import type { Logger } from '../services/logger.js';
import type { LoginService, LoginServiceOptions } from '../services/login-service.js';
import type { PollScheduler } from '../services/poll-scheduler.js';
import type { SessionStore } from '../services/session-store.js';
import type { TokenStore } from '../services/token-store.js';
import { coreModule } from './core-module.js';
import { CoreTokens } from './tokens.js';

export interface BotloginOptions {
  /** At least one provider, as configuration or as a factory. */
  readonly providers: readonly ProviderSpec[];
  readonly sessionStore?: SessionStore;
  readonly tokenStore?: TokenStore;
  /** Receives a `clock` and `logger` through `createScheduler` when it needs them. */
  readonly scheduler?: PollScheduler;
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly httpClient?: HttpClient;
  readonly login?: LoginServiceOptions;
}

/** A ready engine and the container behind it. */
export interface Botlogin {
  readonly login: LoginService;
  readonly container: Container;
  /** Stops polling and closes the stores, scheduler and HTTP client it owns. */
  close(): Promise<void>;
}

/**
 * Builds a ready engine for bot authors who do not use dependency injection: in-memory parts
 * unless others are given.
 *
 * @throws ConfigurationError when no provider is given or one is misconfigured.
 */
export function createBotlogin(options: BotloginOptions): Botlogin {
  if (!Array.isArray(options?.providers) || options.providers.length === 0) {
    throw new ConfigurationError(
      'createBotlogin needs at least one provider, such as { type: "facebook", appId, clientToken }.',
    );
  }
  const container = new Container();
  container.loadSync(coreModule);
  const replace = <T>(token: ServiceIdentifier<T>, value: T | undefined) => {
    if (value !== undefined) container.rebindSync<T>(token).toConstantValue(value);
  };
  replace(CoreTokens.SessionStore, options.sessionStore);
  replace(CoreTokens.TokenStore, options.tokenStore);
  replace(CoreTokens.PollScheduler, options.scheduler);
  replace(CoreTokens.Logger, options.logger);
  replace(CoreTokens.Clock, options.clock);
  replace(CoreTokens.HttpClient, options.httpClient);
  replace(CoreTokens.LoginServiceOptions, options.login);

  const http = container.get(CoreTokens.HttpClient);
  for (const spec of options.providers) {
    const provider = createProvider(spec, http);
    container.bind(CoreTokens.Provider).toConstantValue(provider);
  }
  const login = container.get(CoreTokens.LoginService);
  let closing: Promise<void> | undefined;
  const closeAll = async () => {
    await login.close();
    await container.get(CoreTokens.SessionStore).close?.();
    await container.get(CoreTokens.TokenStore).close?.();
    if (options.httpClient === undefined) await http.close?.();
  };
  return {
    login,
    container,
    // Closing twice (a test's afterEach after the app's own shutdown) is harmless.
    close: () => {
      closing ??= closeAll();
      return closing;
    },
  };
}
