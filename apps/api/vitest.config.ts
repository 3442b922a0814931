import { defineConfig } from 'vitest/config';

/**
 * API tests run on the embedded database always, and again on a real PostgreSQL server
 * when TEST_DATABASE_URL is set (CI sets it), so nothing works on one and not the other.
 */
const DATABASE_FREE = [
  'test/config.test.ts',
  'test/data-dir-lock.test.ts',
  'test/loggable-error.test.ts',
  'test/demo/generator.test.ts',
  'test/modules/notifications/email-templates.test.ts',
  'test/modules/stats/suppress-groups.test.ts',
  'test/compose.test.ts',
];
/** Tests of several connections at once, which the embedded database does not have. */
const POSTGRES_ONLY = [
  'test/modules/notifications/outbox-concurrency.test.ts',
  'test/database-outage.test.ts',
];
const databases = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: databases.map((database) => ({
      extends: true,
      test: {
        name: database,
        include: ['test/**/*.test.ts'],
        // Tests that never touch the configured database run once, on the first project.
        exclude: database === 'pglite' ? POSTGRES_ONLY : DATABASE_FREE,
        env: { TEST_DATABASE: database },
        globalSetup: ['test/global-setup.ts'],
        testTimeout: 20_000,
        hookTimeout: 60_000,
      },
    })),
  },
});
