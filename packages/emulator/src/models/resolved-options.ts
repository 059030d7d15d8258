import type { EmulatorUser } from './emulator-user.js';
import type { Flavor } from './flavor.js';

/** Lifetime and interval of newly issued codes; changed at run time by `setDefaults`. */
export interface CodeDefaults {
  expiresIn: number;
  interval: number;
}

/** {@link EmulatorOptions} with every default filled in. */
export interface ResolvedOptions {
  host: string;
  port: number;
  appName: string;
  facebook: { appId: string; clientToken: string; appSecret: string };
  rfc8628: {
    clientId: string;
    clientSecret: string | undefined;
    refreshTokenRotation: boolean;
    accessTokenTtl: number;
  };
  codeDefaults: Record<Flavor, CodeDefaults>;
  user: EmulatorUser;
  enforceInterval: boolean;
  now: () => number;
  log: ((line: string) => void) | undefined;
}
