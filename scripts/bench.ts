// npm run bench -- --records N [--seed S] [--no-bare] [--no-browser] [--report]
// Generates a synthetic corpus, builds the site from it in fresh processes (cold, then warm
// after one record changed), builds a bare Astro site from the same files, and prints the
// figures the performance budgets are about, the site and the bare site side by side.
// --report writes them to docs/performance.md.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { diskUsage } from './lib/disk-usage.ts';
import { formatBytes, median, pageType, percentile } from './lib/stats.ts';
import { writeCorpus } from './generate.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

interface Run {
  seconds: number;
  /** Processor time of the process tree (user and system, children included): steadier than the clock on a busy machine. */
  cpuSeconds: number;
  peakMb: number;
  status: number;
  output: string;
}

/** /proc reports processor time in clock ticks, 100 per second on Linux. */
const TICKS = 100;

/** Resident memory and processor time so far of a process tree, read from /proc (Linux). */
function treeUsage(pid: number): { rss: number; cpu: number } {
  let rss = 0;
  let cpu = 0;
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      stats.set(Number(entry), fields);
    } catch {
      // The process ended while we looked.
    }
  }
  const walk = (p: number) => {
    try {
      const value = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
      rss += Number(value ?? 0) * 1024;
    } catch {
      return;
    }
    // utime, stime, cutime, cstime: a child's time moves to its parent's when it ends.
    const f = stats.get(p) ?? [];
    cpu += [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i] ?? 0), 0) / TICKS;
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return { rss, cpu };
}

function run(command: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    let peak = 0;
    let cpu = 0;
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const usage = treeUsage(child.pid);
      peak = Math.max(peak, usage.rss);
      cpu = Math.max(cpu, usage.cpu);
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds: cpu, peakMb: peak / 1024 / 1024, status: status ?? 1, output });
    });
  });
}

function must(r: Run, what: string): Run {
  if (r.status !== 0) {
    console.error(`${what} a échoué :\n${r.output.slice(-4000)}`);
    process.exit(1);
  }
  return r;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

interface DistFigures {
  pages: number;
  files: number;
  bytes: number;
  htmlGzip: Map<string, number[]>;
  jsGzip: Map<string, number[]>;
  mapDataGzip: number | undefined;
  /** The commune finder: its shards (gzip) and the combobox code it loads on first use. */
  communes: { shards: number; medianGzip: number; maxGzip: number; totalGzip: number; comboboxGzip: number } | undefined;
  /** Proposal form pages: gzip HTML plus the JavaScript loaded before any interaction, per page. */
  formGzip: number[];
  /** Lists of names the form loads once (acteurs, coopérations…), gzip, per collection. */
  formListsGzip: number[];
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Sizes per page type: gzip HTML, and gzip JavaScript a page loads before any interaction. */
function measureDist(dist: string): DistFigures {
  const files = walk(dist);
  const htmlGzip = new Map<string, number[]>();
  const jsGzip = new Map<string, number[]>();
  const jsCache = new Map<string, number>();
  const formGzip: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (const file of files) {
    bytes += statSync(file).size;
    if (!file.endsWith('.html')) continue;
    pages++;
    const route = `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const type = pageType(route);
    const html = readFileSync(file, 'utf8');
    (htmlGzip.get(type) ?? htmlGzip.set(type, []).get(type)!).push(gzipSync(html).length);
    let js = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      const src = /src="([^"]+)"/.exec(attrs)?.[1];
      if (src?.startsWith('/')) {
        const f = path.join(dist, src);
        if (!jsCache.has(f) && existsSync(f)) jsCache.set(f, gz(f));
        js += jsCache.get(f) ?? 0;
      } else if (!src) js += gzipSync(m[2] ?? '').length;
    }
    (jsGzip.get(type) ?? jsGzip.set(type, []).get(type)!).push(js);
    if (/^\/contribuer\/proposer\/[^/]+\/$/.test(route)) formGzip.push(gzipSync(html).length + js);
  }
  const formListsGzip = files.filter((f) => /[\\/]contribuer[\\/]fiches[\\/][^\\/]+\.json$/.test(f)).map(gz);
  const mapFiles = files.filter((f) => f.includes(`${path.sep}carte${path.sep}`) && /\.(geo)?json$/.test(f));
  const mapDataGzip = mapFiles.length ? mapFiles.reduce((s, f) => s + gz(f), 0) : undefined;
  const shardFiles = files.filter((f) => f.includes(`${path.sep}communes${path.sep}`) && f.endsWith('.json'));
  const shardSizes = shardFiles.map(gz);
  const combobox = files.filter((f) => /commune-finder-client\.[^/]*\.js$/.test(f));
  const communes = shardFiles.length
    ? {
        shards: shardFiles.length,
        medianGzip: median(shardSizes) ?? 0,
        maxGzip: Math.max(...shardSizes),
        totalGzip: shardSizes.reduce((a, b) => a + b, 0),
        comboboxGzip: combobox.reduce((a, f) => a + gz(f), 0),
      }
    : undefined;
  return { pages, files: files.length, bytes, htmlGzip, jsGzip, mapDataGzip, communes, formGzip, formListsGzip };
}

/** The page « Importer un tableau » on 5,000 generated rows, in Chromium slowed down 4× (scripts/bench-import.ts). */
async function importFigures(dist: string): Promise<string> {
  const r = await run(process.execPath, [path.join(ROOT, 'scripts/bench-import.ts')], { OUT_DIR: dist });
  const lines = r.output.split('\n');
  const read = lines
    .find((l) => l.includes('lecture du fichier'))
    ?.split(':')
    .slice(1)
    .join(':')
    .trim();
  const checked = lines
    .find((l) => l.includes('vérification des'))
    ?.split(':')
    .slice(1)
    .join(':')
    .trim();
  if (r.status !== 0 || !read || !checked) return `non mesuré (${lines.filter(Boolean).pop() ?? ''})`;
  return `lecture ${read}, correspondance et vérification ${checked}`;
}

async function searchFigures(dist: string): Promise<string> {
  const script = path.join(ROOT, 'scripts/bench-search.ts');
  if (!existsSync(script)) return 'non mesuré (pas de recherche)';
  const r = await run(process.execPath, [script], { OUT_DIR: dist });
  const lines = r.output.split('\n');
  const first = lines
    .find((l) => l.includes('Pagefind seul'))
    ?.split(':')
    .slice(1)
    .join(':')
    .trim();
  const later = lines
    .find((l) => l.startsWith('Recherche suivante'))
    ?.split(':')
    .slice(1)
    .join(':')
    .trim();
  if (r.status !== 0 || !first) return `non mesuré (${lines.filter(Boolean).pop() ?? ''})`;
  return `${first} ; requête suivante : ${later ?? '?'}`;
}

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'no-bare': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
  },
});
const records = Number(values.records);
const work = path.join(ROOT, 'bench-out', String(records));
const corpus = path.join(work, 'content');
const dist = path.join(work, 'dist');
const cache = path.join(work, 'cache');
rmSync(work, { recursive: true, force: true });
console.log(`Corpus synthétique de ${records} fiches…`);
writeCorpus(records, corpus, Number(values.seed));

// One `astro build` gives the site and its search index (Pagefind indexes each record page while
// Astro renders the next ones), as `npm run build` does.
const env = { CONTENT_DIR: corpus, OUT_DIR: dist, ASTRO_CACHE_DIR: cache, NODE_ENV: 'production' };
console.log('Construction à froid…');
const astro = must(await run(process.execPath, [ASTRO, 'build'], env), 'La construction Astro');
const figures = measureDist(dist);
const searchFirst = values['no-browser'] ? 'non mesuré (--no-browser)' : await searchFigures(dist);
const importFigure = values['no-browser'] ? 'non mesuré (--no-browser)' : await importFigures(dist);
console.log('Construction à chaud (une fiche modifiée)…');
touchOneRecord(corpus);
const warm = must(await run(process.execPath, [ASTRO, 'build'], env), 'La construction à chaud');

let bare: Run | undefined;
if (!values['no-bare']) {
  console.log('Site Astro nu, mêmes fichiers…');
  const bareDir = path.join(ROOT, 'bench-out', 'bare');
  rmSync(bareDir, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'scripts/bench/bare'), bareDir, { recursive: true });
  bare = must(
    await run(
      process.execPath,
      [ASTRO, 'build'],
      {
        CONTENT_DIR: corpus,
        OUT_DIR: path.join(work, 'bare-dist'),
        ASTRO_CACHE_DIR: path.join(work, 'bare-cache'),
        NODE_ENV: 'production',
      },
      bareDir,
    ),
    'Le site nu',
  );
}

/** « 270 pages en 0,5 s », from the line the typography integration logs during the build. */
function typographyCost(output: string): string {
  const m = /typographie française : \d+ pages sur (\d+) en (\d+) ms/.exec(output);
  return m ? `${m[1]} pages en ${(Number(m[2]) / 1000).toFixed(1).replace('.', ',')} s` : '—';
}

/** « 1000 pages, 3,2 s après la fin du rendu », from the search index integration's log lines. */
function searchCost(output: string): string {
  const done = /Index de recherche : (\d+) pages (indexées|inchangées, index repris du cache)/.exec(output);
  if (!done) return /SEARCH_INDEX=off/.test(output) ? 'non construit' : '—';
  // Astro's log lines start with the time: how long the index took once the pages were written.
  const times = [...output.matchAll(/^(\d\d):(\d\d):(\d\d) \[(typography|search-index)\]/gm)].map(
    (m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]),
  );
  const after = times.length >= 2 ? `, ${Math.max(0, times[times.length - 1]! - times[0]!)} s après la fin du rendu` : '';
  return `${done[1]} pages ${done[2] === 'indexées' ? 'indexées pendant le rendu' : 'inchangées (index repris)'}${after}`;
}

/**
 * « 66 pages rendues, 1 204 reprises du cache, 995 indexées d’avance (dont 990 dès le début) », from
 * the log of the typography, rendered-pages and search-index integrations.
 */
function incrementalCost(output: string): string {
  const rendered = /typographie française : \d+ pages sur (\d+)/.exec(output)?.[1] ?? '?';
  const copied = /(\d+) pages inchangées reprises du cache de construction/.exec(output)?.[1] ?? '0';
  const ahead = /(\d+) indexées d’avance/.exec(output)?.[1];
  const guessed = /dont (\d+) dès le début de la construction/.exec(output)?.[1];
  const restarted = /supposées inchangées avaient changé/.test(output) ? ', supposition abandonnée' : '';
  const indexed =
    ahead === undefined ? '' : `, ${ahead} indexées d’avance${guessed === undefined ? '' : ` (dont ${guessed} dès le début)`}`;
  return `${rendered} pages rendues, ${copied} reprises du cache${indexed}${restarted}`;
}

/** One record's text changes, as when a contributor's correction is merged. */
function touchOneRecord(dir: string): void {
  const folder = path.join(dir, 'acteurs');
  const file = path.join(
    folder,
    readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()[0] ?? '',
  );
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nUne phrase ajoutée pour la construction à chaud.\n`);
}

const s = (n: number) => `${n.toFixed(1).replace('.', ',')} s`;
const total = astro.seconds;
const warmTotal = warm.seconds;
const cpu = (r: Run) => `${s(r.cpuSeconds)} de processeur`;
const rows: Array<[string, string]> = [
  ['Fiches', String(records)],
  ['Pages', String(figures.pages)],
  ['Construction à froid (site et index)', `${s(total)} (${cpu(astro)})`],
  ['Index de recherche', searchCost(astro.output)],
  ['Mémoire maximale (RSS)', `${Math.round(astro.peakMb)} Mo`],
  [
    'Construction à chaud, une fiche modifiée',
    `${s(warmTotal)} (${Math.round((warmTotal / total) * 100)} % du froid ; ${cpu(warm)}, ${Math.round((warm.cpuSeconds / astro.cpuSeconds) * 100)} %) ; ${incrementalCost(warm.output)}`,
  ],
  ['dist/', `${formatBytes(figures.bytes)} en ${figures.files} fichiers`],
  ['Données de la carte (gzip)', figures.mapDataGzip === undefined ? '—' : formatBytes(figures.mapDataGzip)],
  ['Première recherche', searchFirst],
  ['Import d’un tableau de 5 000 lignes (Chromium ralenti 4×)', importFigure],
  [
    'Recherche de commune (au premier usage)',
    figures.communes
      ? `combobox ${formatBytes(figures.communes.comboboxGzip)} gzip, puis un morceau par recherche : médiane ${formatBytes(figures.communes.medianGzip)}, max ${formatBytes(figures.communes.maxGzip)} gzip (${figures.communes.shards} morceaux, ${formatBytes(figures.communes.totalGzip)} en tout)`
      : '—',
  ],
  ['Typographie française (pendant le rendu)', typographyCost(astro.output)],
  [
    'Page du formulaire (HTML et JS au chargement, gzip)',
    `${formatBytes(median(figures.formGzip) ?? 0)} médiane, ${formatBytes(Math.max(0, ...figures.formGzip))} au plus (objectif : 60 Ko)`,
  ],
  ['Listes de noms du formulaire (JSON gzip, chargées une fois)', `${formatBytes(Math.max(0, ...figures.formListsGzip))} au plus`],
  // Measured on this checkout: right after `npm ci`, it is what every install pays (budget 1,000 MB).
  [
    'node_modules (sur le disque)',
    `${Math.round(diskUsage(path.join(ROOT, 'node_modules')) / 1024 ** 2)} Mo (objectif : ≤ 1 000 Mo après npm ci)`,
  ],
];
if (bare) {
  const ratio = (n: number) => n.toFixed(2).replace('.', ',');
  rows.push(['Site Astro nu (même corpus)', `${s(bare.seconds)} (${cpu(bare)}), ${Math.round(bare.peakMb)} Mo`]);
  rows.push([
    'Rapport site / Astro nu (objectif ≤ 1,3)',
    `${ratio(total / bare.seconds)} en durée ; ${ratio(astro.cpuSeconds / bare.cpuSeconds)} en temps de processeur`,
  ]);
}
const sideBySide = bare
  ? [
      '| À froid | Site | Astro nu | Rapport |',
      '| --- | ---: | ---: | ---: |',
      `| Durée | ${s(total)} | ${s(bare.seconds)} | ${(total / bare.seconds).toFixed(2).replace('.', ',')} |`,
      `| Temps de processeur | ${s(astro.cpuSeconds)} | ${s(bare.cpuSeconds)} | ${(astro.cpuSeconds / bare.cpuSeconds).toFixed(2).replace('.', ',')} |`,
      `| Mémoire maximale | ${Math.round(astro.peakMb)} Mo | ${Math.round(bare.peakMb)} Mo | ${(astro.peakMb / bare.peakMb).toFixed(2).replace('.', ',')} |`,
      '',
      '',
    ].join('\n')
  : '';
const table = `${sideBySide}${['| Mesure | Valeur |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n')}`;
const types = [...figures.htmlGzip.keys()].sort();
const perType = [
  '| Type de page | Pages | HTML gzip médian | HTML gzip p95 | JS gzip médian | JS gzip max |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...types.map((t) => {
    const h = figures.htmlGzip.get(t) ?? [];
    const j = figures.jsGzip.get(t) ?? [];
    return `| ${t} | ${h.length} | ${formatBytes(median(h) ?? 0)} | ${formatBytes(percentile(h, 95) ?? 0)} | ${formatBytes(median(j) ?? 0)} | ${formatBytes(Math.max(0, ...j))} |`;
  }),
].join('\n');
const allHtml = [...figures.htmlGzip.values()].flat();
console.log(`\n${table}\n\n${perType}\n\nHTML gzip médian, toutes pages : ${formatBytes(median(allHtml) ?? 0)}`);

if (values.report) {
  const machine = `${os.cpus().length} cœurs (${os.cpus()[0]?.model ?? 'inconnu'}), ${Math.round(os.totalmem() / 1024 ** 3)} Go de mémoire, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const file = path.join(ROOT, 'docs/performance.md');
  const start = `<!-- bench:${records}:start -->`;
  const end = `<!-- bench:${records}:end -->`;
  const section = `${start}\n### ${records} fiches\n\nMesuré le ${new Date().toISOString().slice(0, 10)} sur ${machine}.\n\n${table}\n\n${perType}\n${end}`;
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Performances\n\n';
  writeFileSync(
    file,
    doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section) : `${doc.trimEnd()}\n\n${section}\n`,
  );
  console.log(`\nRésultats écrits dans docs/performance.md`);
}
