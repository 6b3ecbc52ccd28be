// `npm run lock`: rewrites package-lock.json in an empty folder, away from node_modules.
// npm records an optional native binding (esbuild, rolldown, sharp, Astro's compiler…) for every
// platform only when it resolves without an installed tree; a lockfile updated next to an
// existing node_modules keeps only this machine's bindings, and `npm ci` then fails on the others
// (macOS, Windows, GitHub's runners). Run it after adding or upgrading a dependency.
// The versions already locked are kept (npm only adds what is missing); `npm run lock -- --fresh`
// resolves everything again from package.json, to the newest versions its ranges allow.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { missingOptionalEntries, readLockfile } from './lib/lockfile.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'coop-lock-'));
try {
  const fresh = process.argv.includes('--fresh');
  for (const file of ['package.json', '.npmrc', ...(fresh ? [] : ['package-lock.json'])]) {
    if (existsSync(path.join(root, file))) copyFileSync(path.join(root, file), path.join(work, file));
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: work,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error('npm install --package-lock-only a échoué');
  const missing = missingOptionalEntries(readLockfile(path.join(work, 'package-lock.json')));
  if (missing.length > 0) throw new Error(`Le fichier de verrouillage produit oublie : ${missing.join(', ')}`);
  // What CI runs, without downloading anything: it refuses a lockfile out of step with package.json.
  const ci = spawnSync(npm, ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: work,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (ci.status !== 0) throw new Error('npm ci refuse le fichier de verrouillage produit (voir ci-dessus)');
  copyFileSync(path.join(work, 'package-lock.json'), path.join(root, 'package-lock.json'));
  console.log('package-lock.json réécrit pour toutes les plateformes. Lancez `npm ci` pour mettre node_modules à jour.');
} finally {
  rmSync(work, { recursive: true, force: true });
}
