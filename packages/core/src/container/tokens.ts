import type { ServiceIdentifier } from 'inversify';
import type { HttpClient } from '../actions/http-client.js';
import type { DeviceFlowProvider } from '../providers/device-flow-provider.js';
import type { Clock } from '../services/clock.js';
import type { Logger } from '../services/logger.js';
import type { LoginService, LoginServiceOptions } from '../services/login-service.js';
import type { PollScheduler } from '../services/poll-scheduler.js';
import type { ProviderRegistry } from '../services/provider-registry.js';
import type { SessionStore } from '../services/session-store.js';
import type { TokenStore } from '../services/token-store.js';

const token = <T>(name: string): ServiceIdentifier<T> => Symbol.for(`@botlogin/core/${name}`);

/** The injection tokens of the core, in one place. Rebind any of them to swap a part. */
export const CoreTokens = {
  Clock: token<Clock>('Clock'),
  Logger: token<Logger>('Logger'),
  HttpClient: token<HttpClient>('HttpClient'),
  SessionStore: token<SessionStore>('SessionStore'),
  TokenStore: token<TokenStore>('TokenStore'),
  PollScheduler: token<PollScheduler>('PollScheduler'),
  /** Bind one per provider; they are collected into the registry. */
  Provider: token<DeviceFlowProvider>('Provider'),
  ProviderRegistry: token<ProviderRegistry>('ProviderRegistry'),
  LoginServiceOptions: token<LoginServiceOptions>('LoginServiceOptions'),
  LoginService: token<LoginService>('LoginService'),
} as const;
