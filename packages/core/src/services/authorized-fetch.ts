import type { HttpClient, HttpRequest, HttpResponse } from '../actions/http-client.js';
import { requireEndpointUrl } from '../calculations/endpoint-url.js';
import type { ChatUser } from '../models/chat-user.js';
import type { LoginService } from './login-service.js';

/** A provider API call, without the token: the helper attaches it. */
export interface AuthorizedRequest {
  /** @defaultValue 'GET' */
  readonly method?: HttpRequest['method'];
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal?: AbortSignal;
}

/**
 * Calls a provider API on behalf of a chat user: the access token goes in the `Authorization`
 * header, refreshed first when it is about to expire (through the engine, so concurrent callers
 * share one refresh). A 401 answer gets one more try: with the token another caller refreshed
 * meanwhile, or after a forced refresh. A second 401 is returned as it is.
 *
 * ```ts
 * const api = new AuthorizedFetch(bot.login, bot.container.get(CoreTokens.HttpClient));
 * const answer = await api.send(chatUser, 'github', { url: 'https://api.github.com/user/repos' });
 * ```
 *
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
 */
export class AuthorizedFetch {
  readonly #login: LoginService;
  readonly #http: HttpClient;

  constructor(login: LoginService, http: HttpClient) {
    this.#login = login;
    this.#http = http;
  }

  /**
   * @returns the provider's answer, whatever its status.
   * @throws LoginError `BOTLOGIN_NOT_LOGGED_IN` when the user holds no token (or it expired
   *   without a way to renew it); ProviderError `BOTLOGIN_REFRESH_REJECTED` when the provider
   *   refused the refresh (the tokens are then forgotten); ConfigurationError for a URL that is
   *   not HTTPS (loopback aside), since the token must not travel in clear; TransportError.
   */
  async send(
    chatUser: ChatUser,
    providerId: string,
    request: AuthorizedRequest,
  ): Promise<HttpResponse> {
    requireEndpointUrl(request.url, 'The API URL');
    const first = await this.#login.getLogin(chatUser, providerId);
    const answer = await this.#send(request, first.tokens.accessToken);
    if (answer.status !== 401) return answer;

    let retry = await this.#login.getLogin(chatUser, providerId);
    if (retry.tokens.accessToken === first.tokens.accessToken) {
      retry = await this.#login.getLogin(chatUser, providerId, { forceRefresh: true });
    }
    if (retry.tokens.accessToken === first.tokens.accessToken) return answer;
    return this.#send(request, retry.tokens.accessToken);
  }

  #send(request: AuthorizedRequest, accessToken: string): Promise<HttpResponse> {
    return this.#http.send({
      method: request.method ?? 'GET',
      url: request.url,
      headers: {
        accept: 'application/json',
        ...request.headers,
        authorization: `Bearer ${accessToken}`,
      },
      ...(request.body === undefined ? {} : { body: request.body }),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  }
}
