import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

export interface StartedLogin {
  readonly id: string;
  readonly userCode: string;
}

/** A running `bot-process.ts`, and what it printed. */
export interface BotHandle {
  readonly child: ChildProcess;
  /** Resolves with the logins it started once it printed READY. */
  readonly ready: Promise<StartedLogin[]>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
  /** Everything it wrote to stderr, for failure messages. */
  stderr(): string;
}

/**
 * Runs the bot script from source with tsx and the `@botlogin/source` condition, as the apps
 * run. tsx is loaded into node itself (`--import tsx`) rather than through its CLI, which would
 * run the script in a child process that a SIGKILL of the CLI leaves running.
 */
export function spawnBot(env: Record<string, string>): BotHandle {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@botlogin/source', join(here, 'bot-process.ts')],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<StartedLogin[]>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n');
      if (!lines.includes('READY')) return;
      const started = lines
        .filter((line) => line.startsWith('{'))
        .map((line) => (JSON.parse(line) as { started: StartedLogin }).started);
      resolve(started);
    });
    child.once('exit', (code) =>
      reject(new Error(`bot ${env['BOT_NAME']} exited (${code}) before READY:\n${stderr}`)),
    );
  });
  ready.catch(() => {});
  return { child, ready, exited, stderr: () => stderr };
}

/** Stops a bot the polite way. */
export async function stopBot(bot: BotHandle): Promise<void> {
  if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
  await bot.exited;
}

/** The outcome lines the bots' presenters wrote. */
export function readOutcomes(file: string): { process: string; id: string; state: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { process: string; id: string; state: string });
}

/** Polls `check` until it holds, failing after `timeoutMs` of wall time. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
  what = 'a condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A loopback HTTP proxy in front of the emulator for one bot, which can kill that bot mid-poll. */
export interface KillingProxy {
  readonly url: string;
  /**
   * SIGKILLs `bot` once the provider has answered its next poll, before the answer reaches it:
   * the poll was counted by the provider and its answer is lost, the worst moment to die.
   * Resolves when the bot is gone.
   */
  killOnNextPoll(bot: BotHandle): Promise<void>;
  close(): Promise<void>;
}

export async function startKillingProxy(target: string): Promise<KillingProxy> {
  let armed: { bot: BotHandle; done: () => void } | undefined;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = { ...request.headers };
      delete headers.host;
      void fetch(new URL(request.url ?? '/', target), {
        method: request.method ?? 'GET',
        headers: headers as Record<string, string>,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      })
        .then(async (answer) => {
          const body = Buffer.from(await answer.arrayBuffer());
          const kill = armed;
          if (kill !== undefined && (request.url ?? '').includes('login_status')) {
            armed = undefined;
            kill.bot.child.kill('SIGKILL');
            await kill.bot.exited;
            response.destroy();
            kill.done();
            return;
          }
          response.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? 'application/json',
          });
          response.end(body);
        })
        .catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    killOnNextPoll: (bot) =>
      new Promise<void>((resolve) => {
        armed = { bot, done: resolve };
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
