import type { ModeFactory } from '../models/emulator-mode.js';
import { createFacebookMode } from './facebook-mode.js';
import { createGithubMode } from './github-mode.js';
import { createGoogleMode } from './google-mode.js';
import { createMicrosoftMode } from './microsoft-mode.js';
import { createRfc8628Mode } from './rfc8628-mode.js';

/** Every wire format the emulator serves; a new mode is added here. */
export const ALL_MODES: readonly ModeFactory[] = [
  createFacebookMode,
  createRfc8628Mode,
  createGithubMode,
  createGoogleMode,
  createMicrosoftMode,
];
