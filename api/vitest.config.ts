import { defineConfig } from 'vitest/config';

// Two tiers: `vitest run` runs both, `vitest run --project unit` the quick one.
export default defineConfig({
  test: {
    // One worker per core (vitest's default leaves one core idle): much of an API test file's time is
    // spent waiting on PostgreSQL or a child process, which the other worker fills.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          // Pure logic, tested beside its source: no database, no app, milliseconds a file.
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          // Each file gets its own database cloned from a migrated template, so files run in parallel safely.
          fileParallelism: true,
          // A worker loads the API's modules once for all the files it runs, instead of once per file.
          // Safe because no test mocks a module or relies on module state: each file builds its own app
          // on its own database, and what modules keep (prepared statements per database, validators and
          // serializers compiled per schema content) is keyed so that apps never share it wrongly. What
          // the test helpers keep is safe to share too: the database cloned ahead goes to one file, the
          // embedded cluster is copied for each database, the test password's hash is only read.
          isolate: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
