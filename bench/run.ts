/**
 * `npm run bench [-- --quick] [-- --only=ours,naive]`: drives N concurrent device logins per
 * contender against the emulator on 127.0.0.1 and prints the figures issue 9 asks for.
 * Each contender runs in its own child process against a fresh emulator hosted here.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures, LoginRecord } from './lib/figures.js';
import { pollFigures } from './lib/figures.js';
import type { BenchTarget, FromChild } from './lib/protocol.js';
import { seededRandom } from './lib/stats.js';
import { markdownTable } from './lib/table.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value] as const;
  }),
);
if (args.has('help')) {
  process.stdout.write(`npm run bench [-- options]
  --quick               N = 1,000 only (about 5 minutes)
  --n=<N>               one N instead of 1,000 and 10,000
  --only=<a,b>          contenders: ours, ours-bullmq, octokit, openid-client, naive
  --interval=<s>        the emulator's polling interval (default 5)
  --spread=<s>          approvals spread over this many seconds
  --stub                also run the stub-transport run (default in the full run)
  --stub-n=<N>          its N (default 100,000); --stub-interval=<s> its interval (default 60)
`);
  process.exit(0);
}
const quick = args.has('quick');
const sizes = args.has('n') ? [Number(args.get('n'))] : quick ? [1_000] : [1_000, 10_000];
const interval = Number(args.get('interval') ?? 5);
const spreadSeconds = Number(args.get('spread') ?? (quick ? 30 : 60));
const expiresIn = spreadSeconds + 6 * interval;
const redisSkipReason = await redisUnreachable();
const all = [
  'ours',
  ...(redisSkipReason === undefined ? ['ours-bullmq'] : []),
  'octokit',
  'openid-client',
  'naive',
];
const contenders = args.has('only') ? String(args.get('only')).split(',') : all;

// The emulator does not expose its http.Server; wrap createServer (before importing it) to
// count TCP connections on the server side without a proxy in the path.
let lastServer: Server | undefined;
const createServer = http.createServer;
http.createServer = ((...rest: Parameters<typeof createServer>) => {
  lastServer = createServer(...rest);
  return lastServer;
}) as typeof createServer;
syncBuiltinESMExports();
const { startEmulator } = await import('@botlogin/emulator');

async function runOne(contender: string, n: number): Promise<Figures> {
  const emulator = await startEmulator({ rfc8628: { interval, expiresIn } });
  let connections = 0;
  lastServer?.on('connection', () => connections++);
  const target: BenchTarget = {
    issuer: emulator.issuer,
    deviceAuthorizationEndpoint: emulator.endpoints.deviceAuthorization,
    tokenEndpoint: emulator.endpoints.token,
    userinfoEndpoint: emulator.endpoints.userinfo,
    clientId: emulator.rfc8628.clientId,
  };
  const child = fork(join(here, 'child.ts'), [contender, String(n), JSON.stringify(target)], {
    execArgv: ['--expose-gc', '--import', 'tsx', '--conditions=@botlogin/source'],
  });
  const logins = new Map<string, LoginRecord>();
  const random = seededRandom(n);
  let heapBytesPerLogin = 0;
  let readyAt = 0;
  let ended = 0;
  const timers: NodeJS.Timeout[] = [];

  const cpuMicros = await new Promise<number>((resolve, reject) => {
    let deadline: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(deadline);
      child.send({ type: 'finish' });
    };
    child.on('exit', (code) => code !== 0 && reject(new Error(`${contender} exited ${code}`)));
    child.on('message', (message: FromChild) => {
      switch (message.type) {
        case 'started':
          for (const [userCode, issuedAt] of message.codes) {
            logins.set(userCode, { issuedAt, log: [] });
          }
          break;
        case 'ready':
          heapBytesPerLogin = message.heapBytesPerLogin;
          readyAt = message.readyAt;
          for (const [userCode, login] of logins) {
            const delay = random() * spreadSeconds * 1000;
            timers.push(
              setTimeout(() => {
                login.approvedAt = Date.now();
                emulator.approve(userCode);
              }, delay),
            );
          }
          deadline = setTimeout(finish, (expiresIn + 15) * 1000);
          break;
        case 'outcome': {
          const login = logins.get(message.userCode);
          if (login && login.outcomeAt === undefined) {
            login.outcomeAt = message.at;
            login.ok = message.ok;
            if (++ended === n) finish();
          }
          break;
        }
        case 'cpu':
          resolve(message.micros);
          break;
        case 'failed':
          reject(new Error(`${contender}: ${message.message}`));
      }
    });
  }).finally(() => {
    for (const timer of timers) clearTimeout(timer);
  });
  for (const [userCode, login] of logins) login.log = emulator.pollLog(userCode);
  await emulator.close();

  const timing = pollFigures([...logins.values()], interval);
  const pollsSinceReady = [...logins.values()].reduce(
    (sum, login) => sum + login.log.filter((entry) => entry.at >= readyAt).length,
    0,
  );
  return {
    contender,
    n,
    heapBytesPerLogin,
    cpuMicrosPerPoll: cpuMicros / Math.max(1, pollsSinceReady),
    connectionsPer1000Polls: (connections / Math.max(1, timing.polls)) * 1000,
    ...timing,
  };
}

/** Why the BullMQ contender cannot run here, or undefined when Redis answers on loopback. */
async function redisUnreachable(): Promise<string | undefined> {
  const url = new URL(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379) });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.end();
      resolve(undefined);
    });
    const fail = () => {
      socket.destroy();
      resolve(`no Redis at ${url.host} (sh scripts/start-services.sh starts one)`);
    };
    socket.once('error', fail);
    socket.once('timeout', fail);
  });
}

/** What one contender reported from the N = 100,000 stub-transport run. */
interface StubFigures {
  readonly name: string;
  readonly heapBytesPerLogin: number;
  readonly cpuMicrosPerPoll: number;
  readonly polls: number;
  readonly early: number;
}

const stubN = Number(args.get('stub-n') ?? 100_000);
const stubInterval = Number(args.get('stub-interval') ?? 60);

/**
 * N = 100,000 with the network replaced by an in-process stub provider (see scale-child.ts):
 * heap per pending login, client CPU per poll and early polls, per contender, one process each.
 */
async function stubRuns(): Promise<StubFigures[]> {
  const figures: StubFigures[] = [];
  for (const name of ['ours', 'octokit', 'openid-client', 'naive']) {
    process.stdout.write(`N=${stubN} (stub transport) ${name} … `);
    const child = fork(
      join(here, 'scale-child.ts'),
      [name, String(stubN), String(stubInterval), '15'],
      {
        execArgv: [
          '--expose-gc',
          '--max-old-space-size=8192',
          '--import',
          'tsx',
          '--conditions=@botlogin/source',
        ],
      },
    );
    const report = await new Promise<StubFigures | { failed: string }>((resolve) => {
      child.once('message', (message) => resolve(message as StubFigures));
      child.once('exit', (code) => resolve({ failed: `exited ${code}` }));
    });
    if ('failed' in report) {
      process.stdout.write(`failed (${report.failed})\n`);
      continue;
    }
    figures.push(report);
    process.stdout.write(`done (${report.polls} polls)\n`);
  }
  return figures;
}

function stubTable(figures: readonly StubFigures[]): string {
  const ours = figures.find((f) => f.name === 'ours');
  const others = figures.filter((f) => f.name !== 'ours');
  const row = (label: string, pick: (f: StubFigures) => number, digits: number) => {
    const best = Math.min(...others.map(pick));
    const ratio =
      ours === undefined || others.length === 0
        ? '—'
        : best === 0
          ? pick(ours) === 0
            ? '='
            : '∞'
          : (pick(ours) / best).toFixed(2);
    return `| ${[label, ...figures.map((f) => pick(f).toFixed(digits)), ratio].join(' | ')} |`;
  };
  const header = ['figure (lower is better)', ...figures.map((f) => f.name), 'ours ÷ best other'];
  return [
    `## N = ${stubN.toLocaleString('en')}, stub transport (interval ${stubInterval} s)`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    row('heap per pending login (bytes)', (f) => f.heapBytesPerLogin, 0),
    row('CPU per poll, client without network (µs)', (f) => f.cpuMicrosPerPoll, 1),
    row('early polls', (f) => f.early, 0),
  ].join('\n');
}

const results: Figures[] = [];
const notes = [
  `interval ${interval} s, approvals spread uniformly over ${spreadSeconds} s (seeded), ` +
    `codes expire after ${expiresIn} s; Node ${process.version}, one child process per contender.`,
  ...(redisSkipReason === undefined ? [] : [`ours-bullmq skipped: ${redisSkipReason}.`]),
];
for (const n of sizes) {
  for (const contender of contenders) {
    process.stdout.write(`N=${n} ${contender} … `);
    const figures = await runOne(contender, n);
    results.push(figures);
    process.stdout.write(`done (${figures.polls} polls)\n`);
  }
}
const stubbed = args.has('stub') || (!quick && !args.has('n')) ? await stubRuns() : [];
const markdown = [
  '# Benchmark results',
  '',
  ...notes.map((note) => `- ${note}`),
  ...sizes.flatMap((n) => ['', `## N = ${n.toLocaleString('en')}`, '', markdownTable(results, n)]),
  ...(stubbed.length === 0 ? [] : ['', stubTable(stubbed)]),
  '',
].join('\n');
console.log(`\n${markdown}`);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(
  join(here, 'results', 'latest.json'),
  `${JSON.stringify({ notes, results, stubbed }, null, 2)}\n`,
);
writeFileSync(join(here, 'results', 'latest.md'), markdown);
