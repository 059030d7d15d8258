/**
 * Lua scripts, each one atomic on the Redis server: that is what makes the pending-session
 * rule, the compare-and-set and the newer-token rule hold across processes.
 */

/**
 * KEYS: session, pending, unfinished. ARGV: id, version, state, delivered, endedAt, body.
 * Returns `1` when inserted, the pending session's id when one exists, `0` when the id is taken.
 */
export const insertSession = `
local pending = redis.call('GET', KEYS[2])
if pending and ARGV[3] == 'pending' then return pending end
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'state', ARGV[3], 'delivered', ARGV[4],
  'endedAt', ARGV[5], 'body', ARGV[6])
if ARGV[3] == 'pending' then redis.call('SET', KEYS[2], ARGV[1]) end
if ARGV[3] == 'pending' or ARGV[4] == '0' then redis.call('SADD', KEYS[3], ARGV[1]) end
return 1
`;

/**
 * KEYS: session, pending, unfinished, ended. ARGV: id, version, state, delivered, endedAt, body,
 * ttl seconds for delivered ended sessions (0 keeps them until `prune`).
 * Returns 1 when written, 0 when the stored version is not `version - 1`.
 */
export const updateSession = `
local stored = tonumber(redis.call('HGET', KEYS[1], 'version'))
if stored == nil or stored ~= tonumber(ARGV[2]) - 1 then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'state', ARGV[3], 'delivered', ARGV[4],
  'endedAt', ARGV[5], 'body', ARGV[6])
if ARGV[3] ~= 'pending' and redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
end
if ARGV[3] == 'pending' or ARGV[4] == '0' then
  redis.call('SADD', KEYS[3], ARGV[1])
else
  redis.call('SREM', KEYS[3], ARGV[1])
  redis.call('ZADD', KEYS[4], tonumber(ARGV[5]), ARGV[1])
  if tonumber(ARGV[7]) > 0 then redis.call('EXPIRE', KEYS[1], tonumber(ARGV[7])) end
end
return 1
`;

/**
 * KEYS: tokens, token-times. ARGV: provider id, obtainedAt, body.
 * Returns 1 when written, 0 when the stored token is newer.
 */
export const putTokens = `
local stored = tonumber(redis.call('HGET', KEYS[2], ARGV[1]))
if stored ~= nil and stored > tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
`;

/** KEYS: any key. ARGV: field, expected value, new value. Sets the field only if unchanged. */
export const replaceField = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
`;
