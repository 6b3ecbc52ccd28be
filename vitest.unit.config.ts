// What the mutation run of src/lib (stryker.content.config.mjs) runs: the unit project of
// vitest.config.ts, alone. The site's suites build the whole site and the relay's start workerd:
// neither tests these folders better, and Stryker would run them for every change it makes.
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import config from './vitest.config.ts';

const unit = (config.test?.projects ?? []).find(
  (p): p is TestProjectInlineConfiguration => typeof p === 'object' && 'test' in p && p.test?.name === 'unit',
);
if (!unit) throw new Error('vitest.config.ts has no « unit » project');

export default defineConfig({ test: { projects: [unit] } });
