export { migrate, schemaVersion } from './actions/migrate.js';
export { resealSqlite } from './actions/reseal.js';
export {
  type ChosenStores,
  chooseAppStores,
  missingStoreVariables,
  wantsMemoryStores,
} from './choose-app-stores.js';
export {
  openSqliteStores,
  type SqliteStoreOptions,
  type SqliteStores,
} from './open-sqlite-stores.js';
export {
  defaultDatabaseFile,
  makeSealingKeyCommand,
  openSqliteStoresFromEnv,
  type SqliteStoreEnv,
  type SqliteStoresFromEnv,
} from './open-sqlite-stores-from-env.js';
export { SqliteSessionStore } from './services/sqlite-session-store.js';
export { SqliteTokenStore } from './services/sqlite-token-store.js';
