// Mutation testing of the relay (npm run mutation): StrykerJS changes relay/src one small piece at
// a time (a condition, a comparison, a string) and runs the relay's tests; each change the tests
// do not notice is a protection nobody would miss. The score must stay at or above `break`.
// Left out: worker.ts runs only inside workerd, where Stryker cannot switch its changes on (the
// Workers suites run the original code); messages.ts is the French text the tests compare with
// itself; tests and type declarations are not code.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'relay/vitest.mutation.config.ts' },
  mutate: ['relay/src/**/*.ts', '!relay/src/**/*.test.ts', '!relay/src/**/*.d.ts', '!relay/src/worker.ts', '!relay/src/messages.ts'],
  coverageAnalysis: 'perTest',
  // The machine running it is small: two at a time.
  concurrency: 2,
  timeoutMS: 30_000,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/relay.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
