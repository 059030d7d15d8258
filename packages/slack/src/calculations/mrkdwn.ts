/**
 * Escapes the three characters Slack's mrkdwn treats as control characters, so a profile name or
 * provider message cannot inject a mention, link or date token.
 *
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Shortens text to `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A date Slack renders in each viewer's own time zone and locale: `<!date^unix^format|fallback>`.
 * The fallback (UTC) is what clients that cannot render the token show.
 *
 * @param format - with tokens such as `{time}`, `{date_short_pretty}`, `{ago}`.
 * @see https://docs.slack.dev/messaging/formatting-message-text#date-formatting
 */
export function slackDate(epochMs: number, format: string, fallback?: string): string {
  const unix = Math.floor(epochMs / 1000);
  const plain = fallback ?? `${new Date(unix * 1000).toISOString().slice(11, 16)} UTC`;
  return `<!date^${unix}^${format}|${escapeMrkdwn(plain)}>`;
}
