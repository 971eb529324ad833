import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fault/**/*.test.ts'],
    // Native better-sqlite3 handles and temp files: separate processes keep tests apart.
    pool: 'forks',
    testTimeout: 30_000,
    // Starting and stopping embedded PostgreSQL takes seconds when the machine is busy.
    hookTimeout: 60_000,
    allowOnly: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
