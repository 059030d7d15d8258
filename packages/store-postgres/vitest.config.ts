import { defineProject } from 'vitest/config';

// No 'import' condition: vitest applies these to require() inside external CommonJS too, and pg's
// require('pg-pool') would then load pg-pool's ESM build, which pg cannot extend.
const sourceConditions = ['@botlogin/source', 'node', 'module', 'default'];

export default defineProject({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@botlogin/source'] } },
  test: {
    name: '@botlogin/store-postgres',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
