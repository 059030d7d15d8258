/**
 * `HH:MM UTC` of an epoch-millisecond time. Telegram's Bot API in telegraf 4.16 has no entity
 * that shows a time in the reader's zone, so the card names UTC explicitly.
 */
export function formatUtcTime(epochMs: number): string {
  const date = new Date(epochMs);
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm} UTC`;
}

/** Whole minutes between two times, at least 1, for "valid for N minutes". */
export function minutesBetween(fromMs: number, toMs: number): number {
  return Math.max(1, Math.round((toMs - fromMs) / 60_000));
}
