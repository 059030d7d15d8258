import type { Figures } from './figures.js';

type Row = readonly [label: string, key: keyof Figures, digits: number, higherIsBetter?: boolean];

const ROWS: readonly Row[] = [
  ['heap per pending login (bytes)', 'heapBytesPerLogin', 0],
  ['CPU per poll, client (µs)', 'cpuMicrosPerPoll', 1],
  ['early polls (slow_down)', 'earlyPolls', 0],
  ['poll lateness p50 (ms)', 'latenessP50Ms', 0],
  ['poll lateness p99 (ms)', 'latenessP99Ms', 0],
  ['poll lateness max (ms)', 'latenessMaxMs', 0],
  ['approval→outcome p50 (ms)', 'outcomeLatencyP50Ms', 0],
  ['approval→outcome p99 (ms)', 'outcomeLatencyP99Ms', 0],
  ['TCP connections per 1,000 polls', 'connectionsPer1000Polls', 1],
  ['polls ÷ minimum polls', 'pollsPerMinimum', 2],
  ['approved logins that succeeded', 'approvedOk', 0, true],
];

/** `ours ÷ best other` for a row; "=" when both are zero, "∞" when only the other is. */
function ratio(ours: number, others: readonly number[], higherIsBetter: boolean): string {
  if (others.length === 0) return '—';
  const best = higherIsBetter ? Math.max(...others) : Math.min(...others);
  if (best === 0) return ours === 0 ? '=' : '∞';
  return (ours / best).toFixed(2);
}

/**
 * One Markdown table per N: a row per figure, a column per contender, then for each of our
 * configurations its ratio to the best of the others.
 */
export function markdownTable(all: readonly Figures[], n: number): string {
  const results = all.filter((figures) => figures.n === n);
  const ourRuns = results.filter((figures) => figures.contender.startsWith('ours'));
  const others = results.filter((figures) => !figures.contender.startsWith('ours'));
  const header = [
    'figure (lower is better)',
    ...results.map((r) => r.contender),
    ...ourRuns.map((r) => `${r.contender} ÷ best other`),
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const [label, key, digits, higherIsBetter = false] of ROWS) {
    const cells = results.map((r) => (r[key] as number).toFixed(digits));
    const marks = ourRuns.map((ours) =>
      ratio(
        ours[key] as number,
        others.map((r) => r[key] as number),
        higherIsBetter,
      ),
    );
    lines.push(`| ${[label, ...cells, ...marks].join(' | ')} |`);
  }
  return lines.join('\n');
}
