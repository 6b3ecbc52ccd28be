// npm run profile -- --records N [--seed S] [--heap]
// Where the build's time goes: builds a synthetic corpus of N records (as `npm run bench`) in a
// fresh process under Node's processor profiler, then prints, as Markdown for
// docs/performance.md, the build's steps as Astro logs them, the time of the generated files by
// kind of route, and the processor time by package or module of the site. The profile covers
// the Node process only: Pagefind's indexing runs in its own process (its time shows as the
// wait after the last page). --heap adds the memory still in use every 1,000 pages, after a full
// garbage collection (a slope there is memory kept per page). Files are left in
// bench-out/profile-N/ for a closer look.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { renderTimeByRoute, selfTimeByOwner, type CpuProfile } from './lib/build-profile.ts';
import { writeCorpus } from './generate.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    heap: { type: 'boolean', default: false },
  },
});
const records = Number(values.records);
const work = path.join(ROOT, 'bench-out', `profile-${records}`);
const content = path.join(work, 'content');
const profiles = path.join(work, 'cpu');

if (!existsSync(content)) writeCorpus(records, content, Number(values.seed));
for (const dir of ['dist', 'cache', 'cpu']) rmSync(path.join(work, dir), { recursive: true, force: true });

const started = performance.now();
const build = spawnSync(
  process.execPath,
  [
    ...(values.heap ? ['--expose-gc'] : []),
    `--cpu-prof`,
    `--cpu-prof-dir=${profiles}`,
    path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ],
  {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: path.join(work, 'dist'),
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(values.heap ? { BUILD_HEAP_LOG: '1' } : {}),
    },
  },
);
const seconds = (performance.now() - started) / 1000;
const log = `${build.stdout}${build.stderr}`;
writeFileSync(path.join(work, 'build.log'), log);
if (build.status !== 0) {
  console.error(`La construction a échoué :\n${log.slice(-4000)}`);
  process.exit(1);
}

const fr = (n: number, digits = 1) => n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const steps = log
  .split('\n')
  .filter((l) => /Completed in|\[content-guard\]|\[search-index\]|\[typography\]|\[vite\] ✓ built|Synced content|mémoire après/.test(l))
  // A memory line may follow a page's address on the same line (Astro writes the time after).
  .map((l) =>
    stripVTControlCharacters(l)
      .replace(/^.*(?=mémoire après)/, '')
      .trim(),
  );

const file = readdirSync(profiles).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`Pas de profil dans ${profiles}`);
const profile = JSON.parse(readFileSync(path.join(profiles, file), 'utf8')) as CpuProfile;
const { busySeconds, shares } = selfTimeByOwner(profile);
const routes = renderTimeByRoute(log);
const rendered = routes.reduce((n, r) => n + r.seconds, 0);

console.log(`### Profil de la construction, ${records} fiches\n`);
console.log(`Construction (site et index) : ${fr(seconds)} s ; processeur occupé dans le processus Node : ${fr(busySeconds)} s.\n`);
console.log('Étapes (journal d’Astro) :\n');
for (const s of steps) console.log(`- ${s.replace(/^\d\d:\d\d:\d\d /, '')}`);
console.log(`\n| Fichiers produits | Nombre | Durée cumulée | Part |\n| --- | ---: | ---: | ---: |`);
for (const r of routes.slice(0, 15))
  console.log(`| ${r.kind} | ${r.files} | ${fr(r.seconds)} s | ${fr((100 * r.seconds) / rendered, 0)} % |`);
console.log(`\n| Temps de processeur (hors attente) | Durée | Part |\n| --- | ---: | ---: |`);
for (const s of shares.slice(0, 20)) console.log(`| ${s.name} | ${fr(s.seconds)} s | ${fr((100 * s.seconds) / busySeconds, 0)} % |`);
