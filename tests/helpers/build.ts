// Builds the site from a content folder into an output folder, in a fresh
// process, as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where the site tests build the repository's content: dist/, or TEST_DIST (so that several builds can run side by side). */
export const MAIN_DIST = process.env.TEST_DIST ? path.resolve(process.env.TEST_DIST) : path.join(ROOT, 'dist');

export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  outDir: string;
}

export interface BuildOptions {
  contentDir?: string;
  outDir?: string;
  env?: Record<string, string>;
  /** Build the search index too (the default); false skips it, for builds that never search. */
  full?: boolean;
  /** Run `npm run build:publication`, which first checks the publication settings. */
  publication?: boolean;
}

export function buildSite(options: BuildOptions = {}): BuildResult {
  const outDir = options.outDir ?? mkdtempSync(path.join(tmpdir(), 'coop-dist-'));
  // Vitest's own variables (VITEST, MODE=test, DEV=1…) would make Astro build in test mode.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITE.*|TEST|MODE|NODE_ENV|PROD|DEV|BASE_URL|SSR|FORCE_TTY)$/.test(k)),
  );
  const env = {
    ...inherited,
    ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
    OUT_DIR: outDir,
    // A separate cache, so that a fixture build never reuses the main content's store.
    ASTRO_CACHE_DIR: options.outDir === path.join(ROOT, 'dist') ? path.join(ROOT, 'node_modules/.astro') : `${outDir}-cache`,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Vitest sets NODE_ENV=test, which would make Astro build in development mode.
    NODE_ENV: 'production',
    ...(options.full === false ? { SEARCH_INDEX: 'off' } : {}),
    ...options.env,
  };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const script = options.publication ? 'build:publication' : 'build';
  const result = spawnSync(npm, ['run', script], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, outDir };
}

/** A fixture folder under tests/fixtures. */
export function fixture(name: string): string {
  return path.join(ROOT, 'tests/fixtures', name);
}
