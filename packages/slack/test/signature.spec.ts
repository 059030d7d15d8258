import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, signingSecret, startHarness, waitFor } from './support/harness.js';
import { sendCommand, slackSignature } from './support/signed-requests.js';

describe('the HTTP receiver', () => {
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
  });

  afterEach(async () => {
    await h.close();
  });

  const command = () => ({
    command: '/login',
    userId: 'U1',
    teamId: 'T1',
    responseUrl: h.slack.responseUrl(),
  });

  it('should refuse a request signed with another secret and start nothing', async () => {
    const answer = await sendCommand(h.endpoint, command(), { secret: 'not-the-secret' });
    expect(answer.status).toBe(401);
    await expectNothingStarted(h);
  });

  it('should refuse a correctly signed request older than five minutes', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const answer = await sendCommand(h.endpoint, command(), {
      secret: signingSecret,
      timestampSec: stale,
    });
    expect(answer.status).toBe(401);
    await expectNothingStarted(h);
  });

  it('should refuse a request whose body was changed after signing', async () => {
    const headers = slackSignature(signingSecret, 'command=%2Fwhoami');
    const answer = await sendCommand(h.endpoint, command(), { secret: signingSecret, headers });
    expect(answer.status).toBe(401);
    await expectNothingStarted(h);
  });
});

/**
 * Checks that nothing acted on a refused request. A valid /whoami sent afterwards is answered
 * first, so a wrongly accepted request would have had its turn.
 */
async function expectNothingStarted(h: Harness): Promise<void> {
  const alive = await h.command({ command: '/whoami', userId: 'U1', teamId: 'T1' });
  await waitFor(() => h.slack.hook(alive.responseUrl)[0]);
  expect(h.emulator.listPending()).toEqual([]);
  expect(h.slack.calls.map((call) => call.target)).toEqual([alive.responseUrl]);
  const user = h.chatUser({ userId: 'U1', teamId: 'T1' });
  expect(await h.botlogin.login.findPending(user, 'facebook')).toBe(undefined);
}
