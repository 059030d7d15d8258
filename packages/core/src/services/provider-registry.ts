import { ConfigurationError, ErrorCode, LoginError } from '../errors/botlogin-error.js';
import type { DeviceFlowProvider } from '../providers/device-flow-provider.js';

/** The providers a bot offers, by id. */
export class ProviderRegistry {
  readonly #providers = new Map<string, DeviceFlowProvider>();

  constructor(providers: Iterable<DeviceFlowProvider> = []) {
    for (const provider of providers) this.add(provider);
  }

  /** @throws ConfigurationError when the id is taken. */
  add(provider: DeviceFlowProvider): void {
    if (this.#providers.has(provider.id)) {
      throw new ConfigurationError(
        `Two providers share the id "${provider.id}"; give one of them another id.`,
      );
    }
    this.#providers.set(provider.id, provider);
  }

  /** @throws LoginError `BOTLOGIN_UNKNOWN_PROVIDER` listing the ids there are. */
  get(id: string): DeviceFlowProvider {
    const provider = this.#providers.get(id);
    if (provider === undefined) {
      const known = [...this.#providers.keys()].join(', ') || 'none';
      throw new LoginError(
        ErrorCode.UnknownProvider,
        `No provider "${id}" is configured (configured: ${known}).`,
      );
    }
    return provider;
  }

  has(id: string): boolean {
    return this.#providers.has(id);
  }

  list(): readonly DeviceFlowProvider[] {
    return [...this.#providers.values()];
  }
}
