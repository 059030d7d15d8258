/**
 * The key layout, version 1. Every key starts with the prefix (default `botlogin:v1:`); the
 * version in the prefix changes when the layout does, so two releases never read each other's
 * keys by mistake.
 *
 * | key | type | holds |
 * | --- | --- | --- |
 * | `session:<id>` | hash | `version`, `state`, `delivered`, `endedAt`, `body` (sealed JSON) |
 * | `pending:<chat user>:<provider>` | string | id of the user's pending session |
 * | `unfinished` | set | ids of sessions pending or not yet delivered |
 * | `ended` | sorted set | ids of delivered sessions by end time, for `prune` |
 * | `tokens:<chat user>` | hash | provider id to sealed token record |
 * | `token-times:<chat user>` | hash | provider id to `obtainedAt`, for keeping the newer |
 * | `key-checks` | hash | sealing key id to a value sealed with it |
 * | `schema` | string | layout version |
 */
export class RedisKeys {
  readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  session(id: string): string {
    return `${this.prefix}session:${id}`;
  }

  pending(chatUserKey: string, providerId: string): string {
    return `${this.prefix}pending:${chatUserKey}:${encodeURIComponent(providerId)}`;
  }

  get unfinished(): string {
    return `${this.prefix}unfinished`;
  }

  get ended(): string {
    return `${this.prefix}ended`;
  }

  tokens(chatUserKey: string): string {
    return `${this.prefix}tokens:${chatUserKey}`;
  }

  tokenTimes(chatUserKey: string): string {
    return `${this.prefix}token-times:${chatUserKey}`;
  }

  get keyChecks(): string {
    return `${this.prefix}key-checks`;
  }

  get schema(): string {
    return `${this.prefix}schema`;
  }
}

/** The layout version these keys follow. */
export const redisLayoutVersion = 1;
