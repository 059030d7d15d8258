export { RedisKeys, redisLayoutVersion } from './actions/redis-keys.js';
export { resealRedis } from './actions/reseal-redis.js';
export {
  openRedisStores,
  type RedisStoreOptions,
  type RedisStores,
} from './open-redis-stores.js';
export { RedisSessionStore } from './services/redis-session-store.js';
export { RedisTokenStore } from './services/redis-token-store.js';
