import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Component-level tests: the API layer's problem mapping, the diff, in Node.
        test: { name: 'components', include: ['src/**/*.test.{ts,tsx}'] },
      },
      {
        // Browser tests: the real API on PostgreSQL, the built admin, Debian's Chromium. Each file starts
        // the product once; files run one after another, since each is a whole product on two cores.
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
