export type { Emulator, EmulatorEndpoints } from './models/emulator.js';
export type {
  EmulatorOptions,
  FacebookOptions,
  Rfc8628Options,
} from './models/emulator-options.js';
export type { EmulatorUser } from './models/emulator-user.js';
export type { Flavor } from './models/flavor.js';
export type { CodeStatus, PendingCode } from './models/pending-code.js';
export type { PollAnswer, PollLogEntry } from './models/poll-log-entry.js';
export { startEmulator } from './start-emulator.js';
