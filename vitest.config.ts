import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts', 'apps/web/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each server test file opens its own database, a copy of one made once per run; two at a time suits a 2-core machine.
    maxWorkers: 2,
    // A worker thread per test file starts and loads the app in less time than a child process does.
    pool: 'threads',
    globalSetup: ['apps/server/test/global-setup.ts'],
  },
});
