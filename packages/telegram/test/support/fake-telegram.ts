import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call as the fake received it, JSON fields parsed. */
export interface RecordedCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** What the fake answered: `{ ok, result }` or `{ ok: false, error_code, description }`. */
  response?: { ok: boolean; result?: unknown; error_code?: number; description?: string };
}

/** Which call a response belongs to, so the answer is recorded with it. */
const callOf = new WeakMap<ServerResponse, RecordedCall>();

export interface StoredMessage {
  chatId: number;
  messageId: number;
  kind: 'text' | 'photo';
  text: string;
  markup: string;
}

/** A failure the fake answers once, instead of doing what was asked. */
interface InjectedFailure {
  readonly method: string;
  readonly errorCode: number;
  readonly description: string;
  readonly parameters?: Record<string, unknown>;
}

export interface FakeTelegramOptions {
  readonly token: string;
  readonly botUsername?: string;
}

/**
 * A fake Telegram Bot API on 127.0.0.1 for telegraf's `telegram.apiRoot`. It records every
 * call, serves updates through `getUpdates` long polling, keeps the messages it "sent" so edits
 * behave as Telegram's do ("message is not modified", "there is no text in the message to
 * edit"), checks Telegram's limits (64-byte callback data, 4096/1024 characters, HTML that
 * parses, URL buttons Telegram refuses) and refuses to write to users who never started the bot.
 */
export async function startFakeTelegram(options: FakeTelegramOptions) {
  const calls: RecordedCall[] = [];
  const messages = new Map<string, StoredMessage>();
  const startedChats = new Set<number>();
  const failures: InjectedFailure[] = [];
  const updates: Record<string, unknown>[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 100;
  let waiters: (() => void)[] = [];
  const botUser = {
    id: 777000111,
    is_bot: true,
    first_name: 'Login Bot',
    username: options.botUsername ?? 'botlogin_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    if (match === null)
      return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    if (token !== options.token) {
      return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    }
    const payload = await readPayload(req);
    if (method !== 'getUpdates') {
      const call: RecordedCall = { method, payload };
      calls.push(call);
      callOf.set(res, call);
    }
    const failureIndex = failures.findIndex((f) => f.method === method);
    if (failureIndex >= 0) {
      const [failure] = failures.splice(failureIndex, 1);
      return error(res, failure!.errorCode, failure!.description, failure!.parameters);
    }
    switch (method) {
      case 'getMe':
        return ok(res, botUser);
      case 'getUpdates':
        return getUpdates(res, payload);
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
      case 'answerCallbackQuery':
        return ok(res, true);
      case 'sendMessage':
      case 'sendPhoto':
        return sendNew(res, method, payload);
      case 'editMessageText':
      case 'editMessageCaption':
        return edit(res, method, payload);
      default:
        return error(res, 404, 'Not Found: method not found');
    }
  }

  function getUpdates(res: ServerResponse, payload: Record<string, unknown>) {
    const offset = Number(payload['offset'] ?? 0);
    const take = () => updates.filter((u) => Number(u['update_id']) >= offset);
    const ready = take();
    if (ready.length > 0 || Number(payload['timeout'] ?? 0) === 0) return ok(res, ready);
    const timer = setTimeout(wake, 2_000);
    function wake() {
      clearTimeout(timer);
      waiters = waiters.filter((w) => w !== wake);
      if (!res.writableEnded) ok(res, take());
    }
    waiters.push(wake);
    res.on('close', () => {
      clearTimeout(timer);
      waiters = waiters.filter((w) => w !== wake);
    });
  }

  function sendNew(res: ServerResponse, method: string, payload: Record<string, unknown>) {
    const chatId = Number(payload['chat_id']);
    if (chatId > 0 && !startedChats.has(chatId)) {
      return error(res, 403, "Forbidden: bot can't initiate conversation with a user");
    }
    const kind = method === 'sendPhoto' ? 'photo' : 'text';
    const text = String((kind === 'photo' ? payload['caption'] : payload['text']) ?? '');
    const refusal = checkContent(text, payload, kind);
    if (refusal !== undefined) return error(res, 400, refusal);
    const messageId = nextMessageId++;
    messages.set(`${chatId}/${messageId}`, {
      chatId,
      messageId,
      kind,
      text,
      markup: JSON.stringify(payload['reply_markup'] ?? null),
    });
    const chat =
      chatId > 0
        ? { id: chatId, type: 'private', first_name: 'User' }
        : { id: chatId, type: 'supergroup', title: 'Group' };
    const base = {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: botUser,
    };
    ok(
      res,
      kind === 'photo'
        ? {
            ...base,
            photo: [
              {
                file_id: `photo-${messageId}`,
                file_unique_id: `p${messageId}`,
                width: 384,
                height: 384,
              },
            ],
            caption: text,
          }
        : { ...base, text },
    );
  }

  function edit(res: ServerResponse, method: string, payload: Record<string, unknown>) {
    const key = `${Number(payload['chat_id'])}/${Number(payload['message_id'])}`;
    const stored = messages.get(key);
    if (stored === undefined) return error(res, 400, 'Bad Request: message to edit not found');
    const wantsText = method === 'editMessageText';
    if (wantsText && stored.kind === 'photo') {
      return error(res, 400, 'Bad Request: there is no text in the message to edit');
    }
    if (!wantsText && stored.kind === 'text') {
      return error(res, 400, 'Bad Request: there is no caption in the message to edit');
    }
    const text = String((wantsText ? payload['text'] : payload['caption']) ?? '');
    const refusal = checkContent(text, payload, stored.kind);
    if (refusal !== undefined) return error(res, 400, refusal);
    const markup = JSON.stringify(payload['reply_markup'] ?? { inline_keyboard: [] });
    const sameMarkup =
      markup === stored.markup ||
      (stored.markup === 'null' && markup === JSON.stringify({ inline_keyboard: [] }));
    if (text === stored.text && sameMarkup) {
      return error(
        res,
        400,
        'Bad Request: message is not modified: specified new message content and reply markup ' +
          'are exactly the same as a current content and reply markup of the message',
      );
    }
    stored.text = text;
    stored.markup = markup;
    ok(res, {
      message_id: stored.messageId,
      date: 0,
      chat: { id: stored.chatId, type: 'private' },
      text,
    });
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    botUser,
    calls,
    /** Calls of one method, in order. */
    callsOf(method: string): RecordedCall[] {
      return calls.filter((call) => call.method === method);
    },
    /** Methods called, in order, optionally without the start-up ones. */
    methods(): string[] {
      return calls.map((call) => call.method);
    },
    /** Marks a private chat as one where the user pressed Start. */
    startChat(userId: number): void {
      startedChats.add(userId);
    },
    /** Queues an update for getUpdates, filling in `update_id`. */
    pushUpdate(update: Record<string, unknown>): number {
      const id = nextUpdateId++;
      updates.push({ update_id: id, ...update });
      for (const wake of [...waiters]) wake();
      return id;
    },
    /** Makes the next call of `method` fail with Telegram's error code and description. */
    failNext(
      method: string,
      errorCode: number,
      description: string,
      parameters?: Record<string, unknown>,
    ): void {
      failures.push({ method, errorCode, description, ...(parameters ? { parameters } : {}) });
    },
    /** Forgets a message, as when the user deletes it. */
    deleteMessage(chatId: number, messageId: number): void {
      messages.delete(`${chatId}/${messageId}`);
    },
    message(chatId: number, messageId: number): StoredMessage | undefined {
      return messages.get(`${chatId}/${messageId}`);
    },
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;

/** Telegram's checks on a message: length, HTML parsing and inline keyboard buttons. */
function checkContent(
  text: string,
  payload: Record<string, unknown>,
  kind: 'text' | 'photo',
): string | undefined {
  const parseMode = payload['parse_mode'];
  let visible = text;
  if (parseMode === 'HTML') {
    const parsed = parseHtml(text);
    if (typeof parsed !== 'string') return parsed.error;
    visible = parsed;
  }
  if (kind === 'text' && visible.trim() === '') return 'Bad Request: message text is empty';
  if (kind === 'text' && visible.length > 4096) return 'Bad Request: message is too long';
  if (kind === 'photo' && visible.length > 1024) return 'Bad Request: message caption is too long';
  const markup = payload['reply_markup'] as { inline_keyboard?: unknown } | undefined;
  const rows = Array.isArray(markup?.inline_keyboard) ? markup.inline_keyboard : [];
  for (const row of rows as Record<string, unknown>[][]) {
    for (const button of row) {
      const data = button['callback_data'];
      if (typeof data === 'string' && (Buffer.byteLength(data) > 64 || data === '')) {
        return 'Bad Request: BUTTON_DATA_INVALID';
      }
      const url = button['url'];
      if (typeof url === 'string' && !telegramAcceptsUrl(url)) {
        return `Bad Request: inline keyboard button URL '${url}' is invalid: Wrong HTTP URL`;
      }
    }
  }
  return undefined;
}

/** Telegram refuses loopback and dot-less hosts in URL buttons. */
function telegramAcceptsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'tg:')
      return false;
    return url.hostname.includes('.') && !/^127\./.test(url.hostname);
  } catch {
    return false;
  }
}

/** The visible text of Telegram HTML, or the error Telegram gives for HTML it cannot parse. */
function parseHtml(html: string): string | { error: string } {
  const allowed = new Set([
    'b',
    'strong',
    'i',
    'em',
    'u',
    'ins',
    's',
    'strike',
    'del',
    'code',
    'pre',
    'a',
    'tg-spoiler',
    'blockquote',
  ]);
  const open: string[] = [];
  let visible = '';
  const pattern = /<(\/?)([a-z-]+)([^>]*)>|&(lt|gt|amp|quot);|([<>&])|([^<>&]+)/g;
  for (const match of html.matchAll(pattern)) {
    const [, closing, tag, , entity, bare, plain] = match;
    if (tag !== undefined) {
      if (!allowed.has(tag))
        return { error: `Bad Request: can't parse entities: Unsupported start tag "${tag}"` };
      if (closing) {
        if (open.pop() !== tag)
          return { error: `Bad Request: can't parse entities: Unmatched end tag "${tag}"` };
      } else open.push(tag);
    } else if (entity !== undefined) {
      visible += { lt: '<', gt: '>', amp: '&', quot: '"' }[entity];
    } else if (bare !== undefined) {
      return { error: "Bad Request: can't parse entities: Unsupported start tag" };
    } else {
      visible += plain;
    }
  }
  if (open.length > 0) return { error: "Bad Request: can't parse entities: Can't find end tag" };
  return visible;
}

function ok(res: ServerResponse, result: unknown): void {
  send(res, 200, { ok: true, result });
}

function error(
  res: ServerResponse,
  code: number,
  description: string,
  parameters?: Record<string, unknown>,
): void {
  send(res, code, {
    ok: false,
    error_code: code,
    description,
    ...(parameters ? { parameters } : {}),
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const call = callOf.get(res);
  if (call !== undefined) call.response = body as NonNullable<RecordedCall['response']>;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** JSON or multipart (sendPhoto) bodies; JSON-valued multipart fields are parsed. */
async function readPayload(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (body.length === 0) return {};
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }).formData();
    const payload: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      if (typeof value !== 'string') {
        payload[key] = { filename: value.name, size: value.size, type: value.type };
      } else if (key === 'reply_markup' || key === 'caption_entities') {
        payload[key] = JSON.parse(value);
      } else {
        payload[key] = value;
      }
    }
    return payload;
  }
  return JSON.parse(body.toString('utf8')) as Record<string, unknown>;
}
