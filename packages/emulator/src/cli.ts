#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startEmulator } from './start-emulator.js';

/*
 * Runs the emulator until interrupted: `botlogin-emulator [--port 8788] [--host 127.0.0.1]`.
 * Prints the URLs and ids a bot needs, then one line per request. Secrets (client token, app
 * secret, client secret) are the documented defaults and are not printed.
 */

const usage = 'usage: botlogin-emulator [--port <number>] [--host <loopback address>]';
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`invalid --port "${values.port}"\n${usage}`);
  process.exit(2);
}

const emulator = await startEmulator({
  host: values.host,
  port,
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
});

console.log(`botlogin emulator listening on ${emulator.url}
  verification page     ${emulator.verificationUri}
  Facebook Graph root   ${emulator.graphUrl}  (app id ${emulator.facebook.appId})
  RFC 8628 issuer       ${emulator.issuer}  (client id ${emulator.rfc8628.clientId})
  metadata              ${emulator.issuer}/.well-known/oauth-authorization-server
  device authorization  ${emulator.endpoints.deviceAuthorization}
  token                 ${emulator.endpoints.token}
Press Ctrl+C to stop.`);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
