export { migrate, quoteSchema, schemaVersion } from './actions/migrate.js';
export { resealPostgres } from './actions/reseal-postgres.js';
export {
  openPostgresStores,
  type PostgresStoreOptions,
  type PostgresStores,
} from './open-postgres-stores.js';
export { PostgresSessionStore } from './services/postgres-session-store.js';
export { PostgresTokenStore } from './services/postgres-token-store.js';
