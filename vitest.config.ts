import { defineConfig } from 'vitest/config';

// Every package is a vitest project; sources are resolved through the `@botlogin/source`
// export condition, so tests run against `src/` without a build step.
const sourceConditions = ['@botlogin/source', 'node', 'import', 'module', 'default'];

export default defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions, externalConditions: ['@botlogin/source'] } },
  test: {
    projects: ['packages/*', 'apps/*', 'test'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
