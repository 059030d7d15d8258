import type { EmulatorContext } from './emulator-context.js';
import type { Flavor } from './flavor.js';
import type { Route } from './route.js';

/**
 * One provider's wire format: the routes that issue codes, answer polls and serve tokens in
 * that provider's shape. The shared state (codes, tokens, the verification page) is the same
 * for every mode, so a new shape is one factory file plus its name in {@link Flavor}.
 */
export interface EmulatorMode {
  readonly flavor: Flavor;
  readonly routes: readonly Route[];
}

/** Builds a mode once the emulator knows its own URL. */
export type ModeFactory = (context: EmulatorContext) => EmulatorMode;
