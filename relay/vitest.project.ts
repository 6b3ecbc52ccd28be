// The relay's test project: its unit tests, and the handler run under Node and in the Workers
// runtime (workerd) against a fake GitHub API checked against GitHub's description. Shared by
// vitest.config.ts and the mutation run (stryker.relay.config.mjs), which must not run the
// site's suites.
import type { TestProjectInlineConfiguration } from 'vitest/config';

export const relayProject = {
  test: {
    name: 'relay',
    include: ['relay/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
} satisfies TestProjectInlineConfiguration;
