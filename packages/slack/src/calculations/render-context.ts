import type { SlackTexts } from './slack-texts.js';

/** What every renderer needs besides the login itself. */
export interface RenderContext {
  /** The chat user's locale, if the bot knows it. */
  readonly locale?: string | undefined;
  /** Display names by provider id, from `LoginService.listProviders()`. */
  readonly providerNames: ReadonlyMap<string, string>;
  /** Replacements for some of the built-in sentences. */
  readonly texts?: Partial<SlackTexts> | undefined;
}

/** The provider's display name, or its id when it is no longer configured. */
export function providerName(context: RenderContext, providerId: string): string {
  return context.providerNames.get(providerId) ?? providerId;
}
