import type { PollLogEntry } from '@botlogin/emulator';
import { percentile } from './stats.js';

/** What one contender scored at one N; lower is better for every number but `approvedOk`. */
export interface Figures {
  contender: string;
  n: number;
  heapBytesPerLogin: number;
  cpuMicrosPerPoll: number;
  earlyPolls: number;
  latenessP50Ms: number;
  latenessP99Ms: number;
  latenessMaxMs: number;
  outcomeLatencyP50Ms: number;
  outcomeLatencyP99Ms: number;
  connectionsPer1000Polls: number;
  pollsPerMinimum: number;
  polls: number;
  approvedOk: number;
}

export interface LoginRecord {
  issuedAt: number;
  approvedAt?: number;
  outcomeAt?: number;
  ok?: boolean;
  log: PollLogEntry[];
}

/** RFC 8628 §3.5: a `slow_down` adds 5 seconds to the interval for every later poll. */
const SLOW_DOWN_SECONDS = 5;

/**
 * Derives the timing figures from the emulator's poll log: each poll is due one interval
 * after the previous one (after the code was issued, for the first), and `slow_down` answers
 * are the polls that came early.
 */
export function pollFigures(logins: readonly LoginRecord[], intervalSeconds: number) {
  const lateness: number[] = [];
  const outcomeLatency: number[] = [];
  let early = 0;
  let polls = 0;
  let minimum = 0;
  let approvedOk = 0;
  for (const login of logins) {
    let interval = intervalSeconds;
    let previous = login.issuedAt;
    for (const entry of login.log) {
      polls++;
      if (entry.answer === 'slow_down') {
        early++;
        interval += SLOW_DOWN_SECONDS;
      } else {
        lateness.push(Math.max(0, entry.at - (previous + interval * 1000)));
      }
      previous = entry.at;
    }
    if (login.approvedAt !== undefined) {
      minimum += Math.floor((login.approvedAt - login.issuedAt) / (intervalSeconds * 1000)) + 1;
      if (login.ok && login.outcomeAt !== undefined) {
        approvedOk++;
        outcomeLatency.push(login.outcomeAt - login.approvedAt);
      }
    }
  }
  return {
    earlyPolls: early,
    latenessP50Ms: percentile(lateness, 50),
    latenessP99Ms: percentile(lateness, 99),
    latenessMaxMs: lateness.reduce((max, value) => Math.max(max, value), 0),
    outcomeLatencyP50Ms: percentile(outcomeLatency, 50),
    outcomeLatencyP99Ms: percentile(outcomeLatency, 99),
    pollsPerMinimum: minimum === 0 ? 0 : polls / minimum,
    polls,
    approvedOk,
  };
}
