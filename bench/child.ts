/**
 * Runs one contender in its own process, so heap and CPU figures do not mix with the
 * emulator's or another contender's. Started by `run.ts` with `--expose-gc` and an IPC channel.
 */
import { naive } from './contenders/naive.js';
import { octokit } from './contenders/octokit.js';
import { openid } from './contenders/openid.js';
import { ours } from './contenders/ours.js';
import { oursBullmq } from './contenders/ours-bullmq.js';
import type { BenchTarget, Contender, FromChild, ToChild } from './lib/protocol.js';

const factories: Record<string, (target: BenchTarget) => Contender> = {
  ours,
  'ours-bullmq': oursBullmq,
  octokit,
  'openid-client': openid,
  naive,
};

const [name = '', countText = '0', targetJson = '{}'] = process.argv.slice(2);
const send = (message: FromChild) => process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  const factory = factories[name];
  if (!factory || !gc) throw new Error(`unknown contender "${name}" or no --expose-gc`);
  const count = Number(countText);
  const contender = factory(JSON.parse(targetJson) as BenchTarget);
  contender.onOutcome((userCode, ok) => send({ type: 'outcome', userCode, at: Date.now(), ok }));
  await contender.warmUp();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;

  const codes: [string, number][] = [];
  // Fifty starts in flight at once: a burst of /login commands, not a denial of service.
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const userCode = await contender.start(index);
      codes.push([userCode, Date.now()]);
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  send({ type: 'started', codes });
  gc();
  const heapBytesPerLogin = (process.memoryUsage().heapUsed - heapBefore) / count;
  const cpuStart = process.cpuUsage();
  send({ type: 'ready', heapBytesPerLogin, readyAt: Date.now() });

  process.on('message', async (message: ToChild) => {
    if (message.type !== 'finish') return;
    const cpu = process.cpuUsage(cpuStart);
    send({ type: 'cpu', micros: cpu.user + cpu.system });
    await contender.close();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
