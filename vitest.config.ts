import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Several tests start real processes and servers; the machine may be small.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
