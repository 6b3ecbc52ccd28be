// npm run build: builds the whole site (Astro, then the search index when that is a
// separate step) into a temporary folder next to dist/ (or OUT_DIR), and replaces
// the published folder only when every step succeeded. A failed build leaves the
// previous site exactly as it was. The site gets the usual modes (folders 0755, files
// 0644): the temporary folder is 0700, and the server's workers run as another user.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { makeReadableByAll } from './lib/publish-modes.ts';

const root = path.resolve(import.meta.dirname, '..');
const target = path.resolve(process.env.OUT_DIR ?? path.join(root, 'dist'));
// A sibling folder, on the same disk, so that the final move is a rename.
const temporary = mkdtempSync(`${target}.tmp-`);
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const steps = ['build:astro', 'build:search'].filter((s) => s in scripts);

function fail(step: string, status: number | null): never {
  rmSync(temporary, { recursive: true, force: true });
  console.error(`\nÉchec de l’étape « ${step} » : le site publié (${path.relative(root, target) || target}) n’a pas été modifié.`);
  process.exit(status && status > 0 ? status : 1);
}

for (const step of steps) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', step], { cwd: root, stdio: 'inherit', env: { ...process.env, OUT_DIR: temporary } });
  if (result.status !== 0) fail(step, result.status);
}

makeReadableByAll(temporary);

// Swap: the old site moves aside, the new one takes its name, the old one goes.
const previous = existsSync(target) ? `${temporary}-old` : undefined;
if (previous) renameSync(target, previous);
try {
  renameSync(temporary, target);
} catch (error) {
  if (previous) renameSync(previous, target);
  rmSync(temporary, { recursive: true, force: true });
  throw error;
}
if (previous) rmSync(previous, { recursive: true, force: true });
