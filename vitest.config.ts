import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          // The proposal relay: its unit tests, and the handler run under Node and in the
          // Workers runtime (workerd) against a fake GitHub API checked against GitHub's description.
          name: 'relay',
          include: ['relay/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          // Builds and the browser share the machine's two cores: one file at a time.
          fileParallelism: false,
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
