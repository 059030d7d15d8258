import { createHmac } from 'node:crypto';

/** Headers of a request Slack signed: `v0=` HMAC-SHA256 of `v0:timestamp:body`. */
export function slackSignature(
  secret: string,
  body: string,
  timestampSec = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const hex = createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${hex}`, 'x-slack-request-timestamp': String(timestampSec) };
}

export interface SendOptions {
  readonly secret: string;
  /** Overrides the signature, for refusal tests. */
  readonly headers?: Record<string, string>;
  readonly timestampSec?: number;
}

async function send(url: string, body: string, contentType: string, options: SendOptions) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...slackSignature(options.secret, body, options.timestampSec),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** The fields of a slash command as Slack posts them. */
export interface CommandFields {
  readonly command: string;
  readonly text?: string;
  readonly userId: string;
  readonly teamId: string;
  readonly enterpriseId?: string;
  readonly channelId?: string;
  readonly responseUrl: string;
}

export function sendCommand(url: string, fields: CommandFields, options: SendOptions) {
  const form = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.teamId,
    team_domain: 'example',
    ...(fields.enterpriseId === undefined ? {} : { enterprise_id: fields.enterpriseId }),
    channel_id: fields.channelId ?? 'C1',
    channel_name: 'general',
    user_id: fields.userId,
    user_name: 'someone',
    command: fields.command,
    text: fields.text ?? '',
    api_app_id: 'A1',
    response_url: fields.responseUrl,
    trigger_id: '123.456.abc',
  });
  return send(url, form.toString(), 'application/x-www-form-urlencoded', options);
}

/** A button click as Slack posts it: a form with one `payload` field of JSON. */
export interface ClickFields {
  readonly actionId: string;
  readonly value?: string;
  readonly userId: string;
  readonly teamId: string;
  readonly enterpriseId?: string;
  /** A message click carries a response_url; an App Home click carries the home view. */
  readonly responseUrl?: string;
  readonly home?: boolean;
}

export function sendClick(url: string, fields: ClickFields, options: SendOptions) {
  const payload = {
    type: 'block_actions',
    user: { id: fields.userId, username: 'someone', team_id: fields.teamId },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: fields.home
      ? { type: 'view', view_id: 'V1' }
      : { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: true },
    trigger_id: '123.456.abc',
    team: { id: fields.teamId, domain: 'example' },
    enterprise: fields.enterpriseId === undefined ? null : { id: fields.enterpriseId, name: 'Org' },
    is_enterprise_install: false,
    ...(fields.home
      ? { view: { id: 'V1', type: 'home', team_id: fields.teamId, blocks: [], state: {} } }
      : { channel: { id: 'C1', name: 'general' }, response_url: fields.responseUrl }),
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        ...(fields.value === undefined ? {} : { value: fields.value }),
        action_ts: '1700000000.000300',
      },
    ],
  };
  const form = new URLSearchParams({ payload: JSON.stringify(payload) });
  return send(url, form.toString(), 'application/x-www-form-urlencoded', options);
}

export function sendAppHomeOpened(
  url: string,
  fields: { userId: string; teamId: string },
  options: SendOptions,
) {
  const envelope = {
    token: 'legacy-verification-token',
    team_id: fields.teamId,
    api_app_id: 'A1',
    event: {
      type: 'app_home_opened',
      user: fields.userId,
      channel: 'D1',
      tab: 'home',
      event_ts: '1700000000.000400',
    },
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: fields.teamId, user_id: 'UBOT', is_bot: true },
    ],
    is_ext_shared_channel: false,
  };
  return send(url, JSON.stringify(envelope), 'application/json', options);
}
