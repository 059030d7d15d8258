/** Who logged in, as the provider's profile endpoint tells it. */
export interface Profile {
  /** The provider's stable user id. */
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly avatarUrl?: string;
  /** The provider's answer as received, for fields this shape does not carry. */
  readonly raw: Readonly<Record<string, unknown>>;
}
