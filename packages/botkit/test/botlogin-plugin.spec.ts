import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { botloginOf } from '../src/index.js';
import { BotkitHarness } from './support/botkit-harness.js';

describe('botloginPlugin', () => {
  let harness: BotkitHarness;

  beforeEach(async () => {
    harness = await BotkitHarness.start();
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('when the user says login and approves', () => {
    it('should show the code, link and expiry, then say the outcome unprompted', async () => {
      await harness.startProcess();
      await harness.say('login');

      const card = await harness.nextReply();
      const userCode = harness.latestUserCode();
      expect(card.text).toContain(userCode);
      // The link is the verification page, with the code filled in where the provider says so.
      expect(card.text).toMatch(
        new RegExp(
          `open ${harness.emulator.verificationUri}\\S* and (enter|check that it shows) the code ${userCode}\\.`,
        ),
      );
      expect(card.text).toMatch(/The code expires in 7 minutes \(\d\d:\d\d UTC\)\./);
      expect(card.text).toContain('Only enter this code if you just asked this bot to log you in.');
      expect(card.text).toContain('Reply "cancel" to stop.');

      harness.emulator.approve(userCode);
      const outcome = await harness.nextReply();
      expect(outcome.text).toBe('You are now logged in to Facebook as Ada Lovelace.');
      expect(outcome.conversation?.id).toBe(card.conversation?.id);
      expect(outcome.recipient?.id).toBe('user1');
    });

    it('should let handlers read the token, and whoami and logout report it', async () => {
      const { controller } = await harness.startProcess();
      await harness.say('/login');
      await harness.nextReply();
      harness.emulator.approve(harness.latestUserCode());
      await harness.nextReply();

      await harness.say('whoami');
      expect((await harness.nextReply()).text).toBe(
        'You are logged in to Facebook as Ada Lovelace.',
      );
      const message = {
        user: 'user1',
        incoming_message: { channelId: 'test', from: { id: 'user1' } },
      };
      const tokens = await botloginOf(controller).getTokens(message as never);
      expect(tokens.accessToken.length).toBeGreaterThan(10);

      await harness.say('logout');
      expect((await harness.nextReply()).text).toBe('You are logged out of Facebook.');
      await harness.say('whoami');
      expect((await harness.nextReply()).text).toBe(
        'You are not logged in. Say "login" to log in.',
      );
      await expect(botloginOf(controller).getTokens(message as never)).rejects.toMatchObject({
        code: 'BOTLOGIN_NOT_LOGGED_IN',
      });
    });
  });

  describe('when the user denies', () => {
    it('should say the login was denied', async () => {
      await harness.startProcess();
      await harness.say('login');
      await harness.nextReply();

      harness.emulator.deny(harness.latestUserCode());
      expect((await harness.nextReply()).text).toBe(
        'The login to Facebook was denied. Say "login" to try again.',
      );
    });
  });

  describe('when the code expires', () => {
    it('should say the code expired once the provider reports it', async () => {
      await harness.startProcess();
      await harness.say('login');
      await harness.nextReply();

      harness.emulator.expire(harness.latestUserCode());
      expect((await harness.nextReply()).text).toBe(
        'The login code for Facebook expired before it was approved. Say "login" to try again.',
      );
    });

    it('should say the code expired when its lifetime runs out unused', async () => {
      harness.emulator.setDefaults('facebook', { expiresIn: 20, interval: 5 });
      await harness.startProcess();
      await harness.say('login');
      expect((await harness.nextReply()).text).toContain('expires in less than a minute');

      expect((await harness.nextReply()).text).toMatch(/^The login code for Facebook expired/);
    });
  });

  describe('when the user cancels', () => {
    it('should say the login was cancelled, and that a second cancel has nothing to do', async () => {
      await harness.startProcess();
      await harness.say('login');
      await harness.nextReply();

      await harness.say('cancel');
      expect((await harness.nextReply()).text).toBe('The login to Facebook was cancelled.');
      await harness.say('CANCEL');
      expect((await harness.nextReply()).text).toBe('There is no login to cancel.');
      expect(harness.emulator.listPending().at(-1)?.status).toBe('pending');
    });
  });

  describe('when the login ends in another process', () => {
    it('should be told proactively by that process, from the saved conversation', async () => {
      const first = await harness.startProcess();
      await harness.say('login');
      const card = await harness.nextReply();
      await harness.stopProcess(first);

      const second = await harness.startProcess();
      expect(await second.botlogin.login.resume()).toBe(1);
      harness.emulator.approve(harness.latestUserCode());

      const outcome = await harness.nextReply();
      expect(outcome.text).toBe('You are now logged in to Facebook as Ada Lovelace.');
      expect(outcome.conversation?.id).toBe(card.conversation?.id);
    });
  });

  describe('when the same user id writes on two channels', () => {
    it('should keep two separate logins', async () => {
      await harness.startProcess();
      await harness.say('login', { channel: 'twilio-sms', user: '+15550100' });
      await harness.nextReply();
      harness.emulator.approve(harness.latestUserCode());
      expect((await harness.nextReply()).text).toMatch(/^You are now logged in/);

      await harness.say('whoami', { channel: 'webex', user: '+15550100' });
      expect((await harness.nextReply()).text).toBe(
        'You are not logged in. Say "login" to log in.',
      );
    });
  });

  describe('when the user says login twice', () => {
    it('should show the waiting login again instead of starting another', async () => {
      await harness.startProcess();
      await harness.say('login');
      const first = await harness.nextReply();
      await harness.say('login');
      const second = await harness.nextReply();

      expect(second.text).toContain('You already have a login waiting; here it is again.');
      expect(second.text).toContain(harness.latestUserCode());
      expect(harness.emulator.listPending()).toHaveLength(1);
      expect(first.text).toContain(harness.latestUserCode());
    });
  });

  describe('when the input is not usable', () => {
    it('should answer an unknown provider politely', async () => {
      await harness.startProcess();
      await harness.say('login nosuch');
      expect((await harness.nextReply()).text).toBe(
        'I don\'t know "nosuch". I can log you in to: facebook.',
      );
    });

    it('should ignore longer sentences that merely start with a command word', async () => {
      await harness.startProcess();
      await harness.say('login is broken for me today');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(harness.pendingReplies()).toBe(0);
    });

    it('should answer with words of the author choosing', async () => {
      await harness.startProcess({ words: { login: ['signin'], cancel: ['stop'] } });
      await harness.say('signin');
      expect((await harness.nextReply()).text).toContain('Reply "stop" to stop.');
    });
  });
});
