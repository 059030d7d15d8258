#!/usr/bin/env node
/**
 * `botlogin-reseal-redis`: moves every session and token in a Redis store to the first key of
 * `BOTLOGIN_SEALING_KEYS`, so the keys after it can be dropped. Exit codes: 0 done, 1 the keys
 * or the server are unusable or some records could not be opened, 2 bad usage.
 *
 * @see resealRedis for what is rewritten and why a concurrent write is never undone.
 */
import { ConfigurationError, runResealCommand, Sealer } from '@botlogin/core';
import { openRedisStores } from '../open-redis-stores.js';

const defaultPrefix = 'botlogin:v1:';

const usage = `Usage: botlogin-reseal-redis [--prefix <prefix>] [--help]

Rewrites every session and token in the Redis store with the first (newest) sealing key.

Options:
  --prefix <prefix>       the key prefix the bot's stores use (default: ${defaultPrefix})

Environment:
  REDIS_URL               redis://[user:password@]host:port[/db]
  BOTLOGIN_SEALING_KEYS   "new:<base64>,old:<base64>": the new key first, the old ones after

Exit codes: 0 done (the old keys can be dropped), 1 a key or the server is unusable or some
records could not be opened, 2 bad usage.
`;

process.exitCode = await runResealCommand(
  {
    usage,
    stringOptions: ['prefix'],
    async open(keys, options) {
      const url = process.env['REDIS_URL']?.trim();
      if (!url) throw new ConfigurationError('REDIS_URL is not set (redis://host:6379).');
      const prefix = options['prefix'] ?? defaultPrefix;
      const stores = await openRedisStores({ url, sealer: new Sealer(keys), prefix });
      return { ...stores, where: `Redis under "${prefix}"` };
    },
  },
  process.argv.slice(2),
  process.env,
);
