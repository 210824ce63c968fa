import { defineConfig } from 'vitest/config';

/**
 * Test tiers by cost (STYLE §12): `unit` is the pure core and small modules; `integration`
 * runs repositories, use cases, routes and the CLI against a real database (PGlite always,
 * the PostgreSQL server too when TEST_DATABASE_URL is set); `browser` drives Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/core/**/*.test.ts',
            'src/web/**/*.test.ts',
            'src/server/**/*.unit.test.ts',
            'eslint-rules/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/setup/integration-global-setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          globalSetup: ['tests/setup/browser-global-setup.ts'],
        },
      },
    ],
  },
});
