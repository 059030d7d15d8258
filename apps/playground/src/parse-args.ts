import { emulatedProviders } from './emulated-providers.js';

export interface PlaygroundArgs {
  readonly demo: boolean;
  readonly provider: string;
  readonly port: number;
  readonly help: boolean;
}

/** Reads the command line; the problem comes back as text for the user, never a throw. */
export function parseArgs(argv: readonly string[]): PlaygroundArgs | { error: string } {
  let demo = false;
  let help = false;
  let provider = 'facebook';
  let port = 0;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => inline ?? argv[++index];
    switch (flag) {
      case '--demo':
        demo = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      case '--provider': {
        const name = value();
        if (!name || !emulatedProviders.some((p) => p.name === name)) {
          const names = emulatedProviders.map((p) => p.name).join(', ');
          return { error: `--provider takes one of: ${names}.` };
        }
        provider = name;
        break;
      }
      case '--port': {
        const parsed = Number(value());
        if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
          return { error: '--port takes a port number (0 picks a free one).' };
        }
        port = parsed;
        break;
      }
      default:
        return { error: `Unknown option "${arg}". Try --help.` };
    }
  }
  return { demo, provider, port, help };
}

export const usage = `botlogin playground: a terminal chat bot that logs you in through the
OAuth 2.0 device flow against a local emulator (no credentials, no network).

  npm start                          chat with the bot; type /login
  npm start -- --demo                play one whole login without a person
  npm start -- --provider rfc8628    choose the wire format (${emulatedProviders
    .map((p) => p.name)
    .join(', ')})
  npm start -- --port 8787           serve the emulator on a fixed port
`;
