// Mutation testing of the content rules and the territories (npm run mutation): StrykerJS changes
// src/lib/content and src/lib/territories one small piece at a time (a condition, a comparison,
// a string) and runs the unit tests; each change no test notices is a check nobody would miss.
// The score must stay at or above `break`. Only the unit project runs (vitest.unit.config.ts).
// Slow on two cores: while working on a file, `npm run mutation -- content --mutate <file>`;
// incremental mode reuses the results of what did not change.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts' },
  mutate: ['src/lib/content/**/*.ts', 'src/lib/territories/**/*.ts', '!src/lib/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // A change to code run when a module loads (a constant table, a message) would re-run the whole
  // unit suite for each one, hours on two cores: those are left out of the score.
  ignoreStatic: true,
  // The machine running it is small: two at a time.
  concurrency: 2,
  timeoutMS: 30_000,
  thresholds: { high: 90, low: 80, break: 80 },
  incremental: true,
  incrementalFile: 'reports/mutation/content-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/content.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
