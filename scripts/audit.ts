// npm run audit — Lighthouse (mobile, simulated slow network) on a fresh build served on 127.0.0.1:
// the home page, a record page, the search and the map; prints the four category scores per page.
// A report for maintainers, not a test: scores move with the machine's load.
// AUDIT_DIST=/path/to/dist reuses an existing build instead of building one.
// Lighthouse (about 60 MB with its dependencies) is fetched by npx the first time the audit runs,
// at the pinned version below, instead of being installed by every contributor and every check.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
// The tests' static server behaves like a static host (directory index, 404 page) and only listens on loopback.
import { serveDist } from '../tests/helpers/server.ts';
import { COLLECTIONS } from '../src/schemas/collections.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LABELS: Record<(typeof CATEGORIES)[number], string> = {
  performance: 'Performance',
  accessibility: 'Accessibilité',
  'best-practices': 'Bonnes pratiques',
  seo: 'SEO',
};

function build(): { dist: string; cleanup: () => void } {
  if (process.env.AUDIT_DIST) return { dist: path.resolve(process.env.AUDIT_DIST), cleanup: () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), 'coop-audit-'));
  const dist = path.join(dir, 'dist');
  console.log(`Construction du site dans ${dist}…`);
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: dist, ASTRO_CACHE_DIR: path.join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('La construction du site a échoué.');
  }
  return { dist, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The first record page of the first collection that has one. */
function recordPage(dist: string): string | undefined {
  for (const collection of COLLECTIONS) {
    const dir = path.join(dist, collection);
    if (!existsSync(dir)) continue;
    const slug = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')));
    if (slug) return `/${collection}/${slug.name}/`;
  }
  return undefined;
}

/** One Lighthouse run in its own process (asynchronous: the static server answers from this one). */
async function lighthouse(url: string): Promise<Record<string, { score: number | null } | undefined>> {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${flags.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024, shell: process.platform === 'win32' },
  );
  return (JSON.parse(stdout) as { categories: Record<string, { score: number | null } | undefined> }).categories;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium introuvable (${CHROMIUM}) : installez le paquet « chromium » ou indiquez CHROMIUM_PATH.`);
  const { dist, cleanup } = build();
  const pages = ['/', recordPage(dist), '/recherche/', '/carte/'].filter((p): p is string => Boolean(p));
  const server = await serveDist(dist);
  const rows: string[][] = [];
  try {
    for (const page of pages) {
      if (!existsSync(path.join(dist, page, 'index.html'))) {
        rows.push([page, ...CATEGORIES.map(() => 'absente')]);
        continue;
      }
      const categories = await lighthouse(server.url + page);
      rows.push([
        page,
        ...CATEGORIES.map((c) => {
          const score = categories[c]?.score;
          return score === null || score === undefined ? '—' : String(Math.round(score * 100));
        }),
      ]);
      console.log(`  ${page} : fait`);
    }
  } finally {
    await server.close();
    cleanup();
  }
  const header = ['Page', ...CATEGORIES.map((c) => LABELS[c])];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(`\nLighthouse ${'(mobile, réseau lent simulé)'} — scores sur 100\n`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

await main();
