import { ConfigurationError } from '../errors/botlogin-error.js';

/** Why an issuer's metadata was refused. */
export type DiscoveryProblem =
  /** Neither well-known document could be read as JSON metadata. */
  | 'unreadable'
  /** The document names another issuer (RFC 8414 §3.3): a mix-up or a wrong URL. */
  | 'issuer_mismatch'
  /** No `device_authorization_endpoint`: the server does not offer RFC 8628. */
  | 'no_device_endpoint'
  /** No `token_endpoint`. */
  | 'no_token_endpoint'
  /** An endpoint is not HTTPS (loopback excepted) or not a URL. */
  | 'insecure_endpoint'
  /** An endpoint is on another origin than the issuer, and that origin is not allowed. */
  | 'foreign_endpoint';

/**
 * The issuer's metadata cannot be used. The code is `BOTLOGIN_CONFIGURATION`, since the fix is
 * in the issuer URL or the server's settings; `problem` says which check failed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8414#section-3.3
 */
export class DiscoveryError extends ConfigurationError {
  readonly problem: DiscoveryProblem;
  readonly issuer: string;

  constructor(problem: DiscoveryProblem, issuer: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.problem = problem;
    this.issuer = issuer;
  }
}
