import { createInterface } from 'node:readline';
import { BotloginError } from '@botlogin/core';
import { approveInBrowser } from './approve-in-browser.js';
import { parseArgs, usage } from './parse-args.js';
import { type Playground, startPlayground } from './playground.js';

/** Redraws the prompt after the bot speaks, when a chat is running. */
let redrawPrompt: (() => void) | undefined;

const say = (text: string) => {
  // Start on a clean line, so the bot never speaks into the middle of the prompt.
  if (redrawPrompt && process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  process.stdout.write(`bot> ${text.replace(/\n/g, '\n     ')}\n`);
  redrawPrompt?.();
};
const log = (line: string) => process.stderr.write(`[botlogin] ${line}\n`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`${args.error}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(usage);
    return 0;
  }
  const playground = await startPlayground({ provider: args.provider, port: args.port, say, log });
  process.stdout.write(
    `Emulator running at ${playground.emulator.url} (speaking ${args.provider}).\n`,
  );
  try {
    return args.demo ? await runDemo(playground) : await runChat(playground);
  } finally {
    await playground.close();
  }
}

/** Plays one whole login without a person: the "user" approves over HTTP like a browser. */
async function runDemo({ bot }: Playground): Promise<number> {
  const outcome = bot.nextOutcome();
  const user = (text: string) => process.stdout.write(`you> ${text}\n`);
  user('/login');
  await bot.handle('/login');
  const login = bot.pendingLogin();
  if (login === undefined) return 1;
  const link = login.verificationUriComplete ?? login.verificationUri;
  user(`(opens ${link}, checks the code ${login.userCode} and presses Approve)`);
  const page = await approveInBrowser(link, login.userCode);
  process.stdout.write(`page> ${page}\n`);
  const timeout = new Promise<undefined>((resolve) => {
    setTimeout(() => resolve(undefined), login.expiresAt - Date.now() + 5_000).unref();
  });
  const ended = await Promise.race([outcome, timeout]);
  if (ended?.state !== 'approved') {
    process.stderr.write(`The demo login did not complete (${ended?.state ?? 'timed out'}).\n`);
    return 1;
  }
  // The bot's last words were `Logged in as <name> (<provider>)`: the demo ends on them.
  return 0;
}

/** A chat in the terminal, with a live countdown in the prompt while a login waits. */
async function runChat({ bot, emulator }: Playground): Promise<number> {
  process.stdout.write(
    `Type /login to log in, /help for the commands. Approve on the page the bot links to;\n` +
      `the emulator's page lives at ${emulator.verificationUri}.\n`,
  );
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdout.isTTY,
  });
  const prompt = () => {
    const countdown = bot.countdown();
    rl.setPrompt(countdown === undefined ? 'you> ' : `[code expires in ${countdown}] you> `);
    rl.prompt(true);
  };
  const ticker = process.stdout.isTTY ? setInterval(prompt, 1_000) : undefined;
  redrawPrompt = prompt;
  prompt();
  try {
    for await (const line of rl) {
      if ((await bot.handle(line)) === 'quit') break;
      prompt();
    }
  } finally {
    redrawPrompt = undefined;
    if (ticker) clearInterval(ticker);
    rl.close();
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = BotloginError.is(error) ? error.message : String(error);
    process.stderr.write(`The playground could not run: ${message}\n`);
    process.exitCode = 1;
  },
);
