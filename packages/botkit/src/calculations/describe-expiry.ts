/**
 * Says when a code expires in words that need no rendering support: "in 7 minutes (14:05
 * UTC)". The absolute time is UTC because a Botkit message carries no time zone everywhere.
 *
 * @param expiresAt - epoch milliseconds
 * @param now - epoch milliseconds
 */
export function describeExpiry(expiresAt: number, now: number): string {
  const at = new Date(expiresAt).toISOString().slice(11, 16);
  const seconds = Math.max(0, Math.round((expiresAt - now) / 1000));
  const minutes = Math.round(seconds / 60);
  let relative: string;
  if (seconds < 60) relative = 'in less than a minute';
  else if (minutes === 1) relative = 'in 1 minute';
  else relative = `in ${minutes} minutes`;
  return `${relative} (${at} UTC)`;
}
