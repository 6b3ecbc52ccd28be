// `npm run mutation`: runs every StrykerJS configuration at the root (stryker.<name>.config.*)
// one after the other, and fails when any of them scores under its floor (its `thresholds.break`,
// which Stryker itself enforces with its exit code). Slow: run by a scheduled workflow
// (.github/workflows/mutation.yml), not on every pull request.
//   npm run mutation                         every configuration
//   npm run mutation -- relay                only stryker.relay.config.*
//   npm run mutation -- relay --mutate relay/src/inert.ts   Stryker's options pass through
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const CONFIG = /^stryker\.([\w-]+)\.config\.(?:mjs|cjs|js|json)$/;

const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('-'));
const names = firstOption === -1 ? args : args.slice(0, firstOption);
const passed = firstOption === -1 ? [] : args.slice(firstOption);

const configs = readdirSync(root)
  .map((file) => ({ file, name: CONFIG.exec(file)?.[1] }))
  .filter((c): c is { file: string; name: string } => c.name !== undefined && (names.length === 0 || names.includes(c.name)))
  .sort((a, b) => a.file.localeCompare(b.file));
if (configs.length === 0) {
  console.error(`Aucune configuration stryker.<nom>.config.* ${names.length ? `pour ${names.join(', ')} ` : ''}à la racine.`);
  process.exit(1);
}

const failed: string[] = [];
for (const { file, name } of configs) {
  console.log(`\n=== Tests de mutation : ${name} (${file}) ===\n`);
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'stryker.cmd' : 'stryker');
  const run = spawnSync(bin, ['run', file, ...passed], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) failed.push(name);
}
console.log(
  `\n${configs.length} configuration(s) : ${failed.length ? `sous le seuil ou en échec : ${failed.join(', ')}` : 'toutes au-dessus de leur seuil'}.`,
);
process.exit(failed.length ? 1 : 0);
