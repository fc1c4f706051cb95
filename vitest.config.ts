import { defineConfig } from 'vitest/config';

// One stack (Temporal dev server, PostgreSQL, mail inbox, worker, web server) per run, started by
// the global setup; test files share it and keep apart by using their own ids and addresses.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/setup/global-stack.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
