import { describe, expect, it } from 'vitest';
import { defaultCommandWords } from '../models/command-words.js';
import { parseCommand } from './parse-command.js';

describe(parseCommand.name, () => {
  it.each([
    ['login', { name: 'login' }],
    ['  /LOGIN  ', { name: 'login' }],
    ['login facebook', { name: 'login', argument: 'facebook' }],
    ['whoami', { name: 'whoami' }],
    ['Cancel', { name: 'cancel' }],
    ['logout github', { name: 'logout', argument: 'github' }],
  ])('should read %j as a command', (text, expected) => {
    expect(parseCommand(text, defaultCommandWords)).toEqual(expected);
  });

  it.each([['hello'], [''], ['/'], ['login to my account please'], [undefined], [42]])(
    'should leave %j to the bot',
    (text) => {
      expect(parseCommand(text, defaultCommandWords)).toBeUndefined();
    },
  );
});
