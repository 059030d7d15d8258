export type { HttpClient, HttpRequest, HttpResponse } from './actions/http-client.js';
export { endpointOf } from './actions/http-client.js';
export { UndiciHttpClient, type UndiciHttpClientOptions } from './actions/undici-http-client.js';
export {
  classifyFacebookPoll,
  FacebookSubcode,
} from './calculations/classify-facebook-poll.js';
export {
  classifyOAuthPoll,
  type OAuthErrorMeaning,
  rfc8628ErrorMeanings,
} from './calculations/classify-oauth-poll.js';
export { decideAfterPoll, type PollDecision } from './calculations/decide-after-poll.js';
export { readDeviceAuthorization } from './calculations/device-authorization-answer.js';
export { isLoopbackHost, requireEndpointUrl } from './calculations/endpoint-url.js';
export { type ParsedBody, parseBody } from './calculations/parse-body.js';
export {
  intervalAfterSlowDown,
  normaliseInterval,
  PollingRules,
  transientDelay,
} from './calculations/polling-rules.js';
export { readTokenAnswer, splitScopes } from './calculations/token-response.js';
export { coreModule } from './container/core-module.js';
export {
  type Botlogin,
  type BotloginOptions,
  createBotlogin,
} from './container/create-botlogin.js';
export { CoreTokens } from './container/tokens.js';
export {
  BotloginError,
  ConfigurationError,
  ErrorCode,
  InvalidResponseError,
  LoginError,
  ProviderError,
  type ProviderErrorDetails,
  StoreError,
  TransportError,
} from './errors/botlogin-error.js';
export { type ChatUser, chatUserKey } from './models/chat-user.js';
export type { DeviceAuthorization } from './models/device-authorization.js';
export {
  type DeliveryHandle,
  type JsonValue,
  type LoginOutcome,
  type LoginOutcomeState,
  type LoginSession,
  type LoginState,
  type LoginView,
  type SessionProfile,
  toLoginView,
} from './models/login-session.js';
export type { PollResult, PollResultKind } from './models/poll-result.js';
export type { Profile } from './models/profile.js';
export type { TokenSet } from './models/token-set.js';
export {
  type AuthorizationServerMetadata,
  chooseClientAuthentication,
  validateMetadata,
  wellKnownUrls,
} from './providers/authorization-server-metadata.js';
export type { DeviceFlowProvider, ProviderCallContext } from './providers/device-flow-provider.js';
export {
  clearDiscoveryCache,
  type DiscoverMetadataOptions,
  discoverMetadata,
} from './providers/discover-metadata.js';
export { discoverProvider } from './providers/discover-provider.js';
export { DiscoveryError, type DiscoveryProblem } from './providers/discovery-error.js';
export {
  DiscoveryProvider,
  type DiscoveryProviderOptions,
  discoverRfc8628Options,
} from './providers/discovery-provider.js';
export { FacebookProvider, type FacebookProviderOptions } from './providers/facebook-provider.js';
export { GithubProvider, type GithubProviderOptions } from './providers/github-provider.js';
export { GoogleProvider, type GoogleProviderOptions } from './providers/google-provider.js';
export {
  MicrosoftProvider,
  type MicrosoftProviderOptions,
} from './providers/microsoft-provider.js';
export {
  createProvider,
  type ProviderConfig,
  type ProviderSpec,
} from './providers/provider-config.js';
export {
  type ClientAuthentication,
  Rfc8628Provider,
  type Rfc8628ProviderOptions,
} from './providers/rfc8628-provider.js';
export {
  makeKeyCheck,
  type ResealableStore,
  type ResealReport,
  verifyKeyChecks,
} from './sealing/key-check.js';
export {
  type CommandOutput,
  type ResealCommand,
  type ResealTarget,
  runResealCommand,
} from './sealing/run-reseal-command.js';
export {
  openSession,
  openStoredLogin,
  sealedKeyIdOf,
  sealSession,
  sealStoredLogin,
  sessionContext,
  tokenContext,
} from './sealing/sealed-records.js';
export { Sealer } from './sealing/sealer.js';
export {
  formatSealingKey,
  generateSealingKey,
  parseSealingKeys,
  type SealingKey,
  sealingKeyBytes,
} from './sealing/sealing-key.js';
export { AuthorizedFetch, type AuthorizedRequest } from './services/authorized-fetch.js';
export { acceleratedClock, type Clock, systemClock, type TimerHandle } from './services/clock.js';
export {
  createStreamLogger,
  type LogContext,
  type Logger,
  type LogLevel,
  silentLogger,
} from './services/logger.js';
export {
  type CancelResult,
  type LoginEvents,
  type LoginPresenter,
  LoginService,
  type LoginServiceDependencies,
  type LoginServiceOptions,
  type StartLoginRequest,
  type StartLoginResult,
} from './services/login-service.js';
export { MemoryScheduler, type MemorySchedulerOptions } from './services/memory-scheduler.js';
export { MemorySessionStore } from './services/memory-session-store.js';
export { MemoryTokenStore } from './services/memory-token-store.js';
export type { DueHandler, PollScheduler } from './services/poll-scheduler.js';
export { ProviderRegistry } from './services/provider-registry.js';
export type { CorruptRecord, InsertResult, SessionStore } from './services/session-store.js';
export { defaultStartRateLimit, type StartRateLimit } from './services/start-rate-limiter.js';
export type { StoredLogin, TokenStore } from './services/token-store.js';
export { TypedEmitter } from './services/typed-emitter.js';
export {
  anySession,
  type ConformanceBackend,
  type ConformanceTestApi,
  describeStoreConformance,
  type StoreConnection,
} from './testing/store-conformance.js';
