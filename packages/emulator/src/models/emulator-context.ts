import type { DeviceGrantStore } from '../services/device-grant-store.js';
import type { TokenStore } from '../services/token-store.js';
import type { ResolvedOptions } from './resolved-options.js';

/** What every mode and page needs: settings, state and the emulator's own URL. */
export interface EmulatorContext {
  readonly options: ResolvedOptions;
  readonly grants: DeviceGrantStore;
  readonly tokens: TokenStore;
  /** Base URL without trailing slash; known once the server listens. */
  readonly url: string;
}
