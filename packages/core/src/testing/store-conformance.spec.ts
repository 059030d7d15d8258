import * as vitest from 'vitest';
import { MemorySessionStore } from '../services/memory-session-store.js';
import { MemoryTokenStore } from '../services/memory-token-store.js';
import { describeStoreConformance } from './store-conformance.js';

// Both "connections" share one instance: in-memory stores live in one process by definition.
describeStoreConformance(vitest, 'MemorySessionStore + MemoryTokenStore', async () => {
  const connection = { sessions: new MemorySessionStore(), tokens: new MemoryTokenStore() };
  return { connect: async () => connection, dispose: async () => {} };
});
