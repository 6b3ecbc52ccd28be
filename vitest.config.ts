import { defineConfig } from 'vitest/config';
import { relayProject } from './relay/vitest.project.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      // The proposal relay (relay/vitest.project.ts).
      relayProject,
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
