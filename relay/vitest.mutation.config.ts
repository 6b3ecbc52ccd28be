// What the mutation run of relay/src (stryker.relay.config.mjs) runs: the relay's project only,
// under Node only. Stryker switches its changes on inside the Node process; in workerd the
// relay runs the original code, so the Workers suites (and the two-isolate test) could never
// notice a change and would only multiply the run's time. `npm test` runs them as always.
import { defineConfig } from 'vitest/config';
import { relayProject } from './vitest.project.ts';

export default defineConfig({
  test: {
    projects: [{ test: { ...relayProject.test, exclude: ['relay/test/isolates.test.ts'], env: { RELAY_RUNTIMES: 'node' } } }],
  },
});
