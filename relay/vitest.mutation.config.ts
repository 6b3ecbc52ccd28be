// What the mutation run of relay/src (stryker.relay.config.mjs) runs: the relay's project only.
import { defineConfig } from 'vitest/config';
import { relayProject } from './vitest.project.ts';

export default defineConfig({ test: { projects: [relayProject] } });
