/**
 * Escapes the three characters Slack's mrkdwn treats as control characters, so untrusted text
 * (a user code, a profile name) cannot add a mention such as `<!channel>`, a link or a date.
 *
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
