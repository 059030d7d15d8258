/**
 * Lua scripts on the hash that records each login's current due time. They make the
 * schedule decisions atomic across processes.
 */

/**
 * KEYS: due hash. ARGV: login id, due time. Records the due time unless a later one is already
 * recorded: due times of one login only move forward, so a process resuming from a stale read
 * cannot pull a login back to a due time that was already polled. Returns 1 when recorded.
 */
export const recordDue = `
local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]))
if current ~= nil and current > tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
`;

/** KEYS: due hash. ARGV: login id, due time. Forgets the due time if it is still that one. */
export const forgetDue = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
return 1
`;
