import { describe, expect, it } from 'vitest';
import {
  classifyFacebookPoll,
  classifyOAuthPoll,
  decideAfterPoll,
  ErrorCode,
  type LoginSession,
  type PollResult,
  readDeviceAuthorization,
} from '../src/index.js';

const json = 'application/json';
const form = 'application/x-www-form-urlencoded';
const now = 1_700_000_000_000;

function oauth(status: number, contentType: string, body: string, headers = {}): PollResult {
  return classifyOAuthPoll({
    status,
    headers: { 'content-type': contentType, ...headers },
    body,
    endpoint: 'POST https://as.example/token',
    now,
    aliases: { authorization_declined: 'denied', code_expired: 'expired' },
  });
}

describe('classifyOAuthPoll', () => {
  it.each([
    ['B1 GitHub pending under 200', 200, json, '{"error":"authorization_pending"}', 'pending'],
    ['RFC pending under 400', 400, json, '{"error":"authorization_pending"}', 'pending'],
    ['Google pending under 428', 428, json, '{"error":"authorization_pending"}', 'pending'],
    ['OpenAM pending under 403', 403, json, '{"error":"authorization_pending"}', 'pending'],
    ['Google slow_down under 403', 403, json, '{"error":"slow_down"}', 'slow_down'],
    ['Auth0 slow_down under 429', 429, json, '{"error":"slow_down"}', 'slow_down'],
    ['Google access_denied under 403', 403, json, '{"error":"access_denied"}', 'denied'],
    ['expired_token', 400, json, '{"error":"expired_token"}', 'expired'],
    ['B22 Entra v1 code_expired alias', 400, json, '{"error":"code_expired"}', 'expired'],
    ['B23 authorization_declined alias', 400, json, '{"error":"authorization_declined"}', 'denied'],
    [
      'B13 GitHub form-encoded pending',
      200,
      form,
      'error=authorization_pending&error_description=x',
      'pending',
    ],
    ['temporarily_unavailable', 400, json, '{"error":"temporarily_unavailable"}', 'transient'],
    ['B12 HTML 502', 502, 'text/html', '<html>Bad Gateway</html>', 'transient'],
    ['a 503 without body', 503, 'text/plain', '', 'transient'],
    ['a 429 without error', 429, json, '{}', 'transient'],
    ['B12 HTML under 200', 200, 'text/html', '<html>portal</html>', 'fatal'],
    ['B15 Twitch shape', 400, json, '{"status":400,"message":"authorization_pending"}', 'fatal'],
    ['truncated JSON', 200, json, '{"access_tok', 'fatal'],
    ['bad_verification_code', 400, json, '{"error":"bad_verification_code"}', 'fatal'],
    ['JSON array', 200, json, '[1,2]', 'fatal'],
    ['200 without token or error', 200, json, '{"hello":"world"}', 'fatal'],
  ])('should read %s as %s', (_name, status, type, body, kind) => {
    expect(oauth(status, type, body).kind).toBe(kind);
  });

  it('should parse a form-encoded GitHub token with comma-separated scopes (B1, B13)', () => {
    const result = oauth(200, form, 'access_token=gho_x&scope=repo%2Cgist&token_type=bearer');
    expect(result).toMatchObject({ kind: 'granted', tokens: { accessToken: 'gho_x' } });
    expect(result.kind === 'granted' && result.tokens.scopes).toEqual(['repo', 'gist']);
  });

  it("should carry GitHub's new interval with slow_down", () => {
    expect(oauth(200, json, '{"error":"slow_down","interval":10}')).toEqual({
      kind: 'slow_down',
      interval: 10,
    });
  });

  it('should read Retry-After as seconds', () => {
    expect(oauth(503, 'text/plain', 'x', { 'retry-after': '7' })).toMatchObject({ retryAfter: 7 });
  });

  it('should name the error and the endpoint in a fatal error, and no secret', () => {
    const result = oauth(400, json, '{"error":"invalid_client","error_description":"bad"}');
    expect(result.kind).toBe('fatal');
    if (result.kind !== 'fatal') return;
    expect(result.error.code).toBe(ErrorCode.ProviderError);
    expect(result.error.message).toContain('invalid_client');
    expect(result.error.message).toContain('POST https://as.example/token');
  });

  it('should mask token-like text in an unexpected body', () => {
    const result = oauth(200, 'text/html', '<p>token ya29.a0AfH6SMBxxxxxxxxxxxxxxxxxxxxxxxx</p>');
    expect(result.kind === 'fatal' && result.error.message).not.toContain('ya29.a0AfH6SMB');
  });
});

describe('classifyFacebookPoll (B14)', () => {
  const graph = (subcode: number, code: number) =>
    JSON.stringify({
      error: { message: 'm', type: 'OAuthException', code, error_subcode: subcode },
    });
  const fb = (status: number, body: string, type = json) =>
    classifyFacebookPoll({
      status,
      headers: { 'content-type': type },
      body,
      endpoint: 'POST https://graph.example/v21.0/device/login_status',
      now,
    });

  it.each([
    [1349174, 31, 'pending'],
    [1349172, 17, 'slow_down'],
    [1349152, 463, 'expired'],
    [1349173, 0, 'denied'],
  ])('should read subcode %i (code %i) as %s', (subcode, code, kind) => {
    expect(fb(400, graph(subcode, code)).kind).toBe(kind);
  });

  it('should accept a success without token_type or refresh_token', () => {
    const result = fb(
      200,
      '{"access_token":"EAAx","expires_in":5183999,"data_access_expiration_time":1}',
    );
    expect(result).toMatchObject({ kind: 'granted', tokens: { tokenType: 'bearer' } });
    expect(result.kind === 'granted' && result.tokens.expiresAt).toBe(now + 5_183_999_000);
    expect(result.kind === 'granted' && result.tokens.refreshToken).toBeUndefined();
  });

  it('should read expires_in 0 as no expiry', () => {
    const result = fb(200, '{"access_token":"EAAx","expires_in":0}');
    expect(result.kind === 'granted' && result.tokens.expiresAt).toBeUndefined();
  });

  it('should end on an unknown subcode with a typed error naming it', () => {
    const result = fb(400, graph(999, 100));
    expect(result.kind).toBe('fatal');
    expect(result.kind === 'fatal' && result.error.message).toContain('100/999');
  });

  it('should hint at the client token on error 190', () => {
    const body = JSON.stringify({ error: { message: '(#190) client token', code: 190 } });
    const result = fb(400, body);
    expect(result.kind === 'fatal' && result.error.message).toContain('FACEBOOK_CLIENT_TOKEN');
  });

  it('should retry transient Graph errors and 5xx pages', () => {
    const body = JSON.stringify({ error: { message: 'x', code: 2, is_transient: true } });
    expect(fb(500, body).kind).toBe('transient');
    expect(fb(502, '<html/>', 'text/html').kind).toBe('transient');
  });
});

describe('readDeviceAuthorization', () => {
  const base = { device_code: 'd', user_code: 'GQVQ-JKEC', expires_in: 1800, interval: 5 };

  it("should accept Google's verification_url (B6)", () => {
    const read = readDeviceAuthorization({
      ...base,
      verification_url: 'https://www.google.com/device',
    });
    expect('authorization' in read && read.authorization.verificationUri).toBe(
      'https://www.google.com/device',
    );
  });

  it('should refuse an answer without any verification link', () => {
    expect('problem' in readDeviceAuthorization(base)).toBe(true);
  });

  it('should refuse a non-http verification link', () => {
    const read = readDeviceAuthorization({ ...base, verification_uri: 'javascript:alert(1)' });
    expect('problem' in read).toBe(true);
  });

  it.each([[undefined], [0], [-3]])('should default an interval of %s to 5 s (B10)', (interval) => {
    const read = readDeviceAuthorization({
      ...base,
      interval,
      verification_uri: 'https://as.example/device',
    });
    expect('authorization' in read && read.authorization.interval).toBe(5);
  });

  it('should read digit strings from form-encoded answers', () => {
    const read = readDeviceAuthorization({
      ...base,
      expires_in: '900',
      interval: '5',
      verification_uri: 'https://github.com/login/device',
    });
    expect('authorization' in read && read.authorization.expiresIn).toBe(900);
  });
});

describe('decideAfterPoll', () => {
  const session = {
    id: 'l1',
    version: 3,
    interval: 5,
    expiresAt: now + 60_000,
    slowDownCount: 0,
    transientFailures: 0,
  } as LoginSession;

  it('should never shrink the interval on slow_down, even when offered a smaller one', () => {
    const decision = decideAfterPoll(session, { kind: 'slow_down', interval: 2 }, now);
    expect(decision.kind === 'reschedule' && decision.session.interval).toBe(10);
  });

  it('should clamp the next due time to the deadline', () => {
    const late = { ...session, expiresAt: now + 3_000 };
    const decision = decideAfterPoll(late, { kind: 'pending' }, now);
    expect(decision.kind === 'reschedule' && decision.session.nextPollAt).toBe(now + 3_000);
  });

  it('should double the backoff for each transient failure in a row', () => {
    const third = { ...session, transientFailures: 2 };
    const decision = decideAfterPoll(third, { kind: 'transient', reason: 'x' }, now);
    expect(decision.kind === 'reschedule' && decision.session.nextPollAt).toBe(now + 20_000);
  });

  it('should end with a clear error when slow_down pushes the interval past its ceiling (B19)', () => {
    const slow = { ...session, interval: 60 };
    const decision = decideAfterPoll(slow, { kind: 'slow_down' }, now);
    expect(decision).toMatchObject({ kind: 'finish', state: 'failed' });
    expect(decision.kind === 'finish' && decision.error?.code).toBe(ErrorCode.SlowDownLoop);
  });

  it('should bump the version on every change', () => {
    const decision = decideAfterPoll(session, { kind: 'pending' }, now);
    expect(decision.kind === 'reschedule' && decision.session.version).toBe(4);
  });
});
