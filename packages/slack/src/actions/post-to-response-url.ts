import { SlackAdapterError, SlackErrorCode } from '../errors/slack-adapter-error.js';
import type { SlackMessage } from '../models/slack-message.js';

/** How the adapter reaches a `response_url`. */
export interface ResponseUrlOptions {
  /** @defaultValue globalThis.fetch */
  readonly fetch?: typeof fetch | undefined;
  /** @defaultValue 10000 */
  readonly timeoutMs?: number | undefined;
  /**
   * Whether a `response_url` may be posted to. Payloads are signed by Slack, so this is a second
   * line against a forged one aiming the adapter at another host.
   * @defaultValue {@link isSlackResponseUrl}
   */
  readonly isTrusted?: ((url: string) => boolean) | undefined;
}

/** True for `https://` URLs on Slack's hosts (`hooks.slack.com`, GovSlack's `slack-gov.com`). */
export function isSlackResponseUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    const slackHost = ['slack.com', 'slack-gov.com'].some(
      (domain) => hostname === domain || hostname.endsWith(`.${domain}`),
    );
    return protocol === 'https:' && slackHost;
  } catch {
    return false;
  }
}

/**
 * Posts a message to a `response_url`: as a new ephemeral message, or replacing the message the
 * URL belongs to (`replace_original`), which is the only way to change an ephemeral message.
 *
 * @throws SlackAdapterError `BOTLOGIN_SLACK_RESPONSE_URL` when the URL is not trusted, cannot be
 *   reached, or Slack refuses the post (expired or used up: a non-2xx status or `ok: false`).
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
export async function postToResponseUrl(
  url: string,
  message: SlackMessage,
  replaceOriginal: boolean,
  options: ResponseUrlOptions = {},
): Promise<void> {
  if (!(options.isTrusted ?? isSlackResponseUrl)(url)) {
    throw new SlackAdapterError(
      SlackErrorCode.ResponseUrl,
      'Refused to post to a response_url outside Slack.',
    );
  }
  const body = {
    response_type: 'ephemeral',
    replace_original: replaceOriginal,
    text: message.text,
    blocks: message.blocks,
  };
  let response: Response;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new SlackAdapterError(
      SlackErrorCode.ResponseUrl,
      'The response_url could not be reached.',
      {
        cause: error instanceof Error ? error.name : typeof error,
      },
    );
  }
  const answer = await response.text().catch(() => '');
  const refusal = readRefusal(answer);
  if (!response.ok || refusal !== undefined) {
    throw new SlackAdapterError(
      SlackErrorCode.ResponseUrl,
      `Slack refused the response_url post (HTTP ${response.status}` +
        `${refusal === undefined ? '' : `, ${refusal}`}).`,
    );
  }
}

/** Slack answers `ok` as text, or JSON with `ok: false` and an `error` such as `expired_url`. */
function readRefusal(answer: string): string | undefined {
  if (!answer.trimStart().startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(answer) as { ok?: unknown; error?: unknown };
    if (parsed.ok !== false) return undefined;
    return typeof parsed.error === 'string' ? parsed.error.slice(0, 60) : 'not ok';
  } catch {
    return undefined;
  }
}
