/** The person who approves a device code on the emulator's verification page. */
export interface EmulatorUser {
  /** Stable identifier, answered as Graph `id` and as the OpenID `sub` claim. */
  id: string;
  /** Display name, shown on the consent page and answered by `/me` and userinfo. */
  name: string;
  /** Answered only when the `email` scope (Facebook: permission) was granted. */
  email?: string;
  /** Picture URL; the emulator serves a neutral silhouette when it is absent. */
  avatarUrl?: string;
}
