// Measures, in Chromium, what the search costs a visitor on the built site: bytes and
// requests before any interaction, for a first query, and for a later one. Prints
// figures against the budget; it fails nothing (sizes are reported, not tested).
//   npm run build && npm run bench:search [-- "premier mot" "second mot"]
// OUT_DIR names another build (as for npm run build).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const dist = path.resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'pagefind/pagefind.js'))) {
  console.error(`Pas d’index de recherche dans ${dist} : lancez d’abord « npm run build ».`);
  process.exit(1);
}
const [first = 'coopération', later = 'groupes thématiques'] = process.argv.slice(2);

interface Cost {
  requests: number;
  bytes: number;
  files: string[];
}

/** Bytes as a static host would send them: Pagefind's index files are already gzipped; text files are gzipped here. */
function sentBytes(url: string): number {
  const file = path.join(dist, decodeURIComponent(new URL(url).pathname));
  if (!existsSync(file) || file.endsWith(path.sep)) return 0;
  const raw = readFileSync(file);
  return /\.(js|css|json|html|svg)$/.test(file) ? gzipSync(raw, { level: 9 }).length : raw.length;
}

function collect(page: Page): () => Cost {
  const seen: Request[] = [];
  const on = (r: Request) => seen.push(r);
  page.on('request', on);
  return () => {
    page.off('request', on);
    const urls = seen.map((r) => r.url()).filter((u) => !u.startsWith('data:'));
    return { requests: urls.length, bytes: urls.reduce((n, u) => n + sentBytes(u), 0), files: urls.map((u) => new URL(u).pathname) };
  };
}

async function done(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.querySelector<HTMLElement>('[data-results]');
    return list?.getAttribute('aria-busy') === 'false' && list.dataset.query === new URLSearchParams(location.search).toString();
  });
  await page.waitForLoadState('networkidle');
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} Ko`;
const verdict = (ok: boolean) => (ok ? 'dans le budget' : 'HORS BUDGET');

const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  // Content pages: nothing from Pagefind before (or after) using the header box.
  const content = await browser.newPage();
  const onContent = collect(content);
  await content.goto(`${server.url}/`);
  await content.focus('#recherche-entete');
  await content.keyboard.type(first);
  await content.waitForLoadState('networkidle');
  const contentCost = onContent();
  const pagefindOnContent = contentCost.files.filter((f) => f.startsWith('/pagefind/'));
  await content.close();

  const page = await browser.newPage();
  await page.goto(`${server.url}/recherche/`);
  await page.waitForLoadState('networkidle');
  // The search page shows all records without a query: that is its first "query".
  const browse = collect(page);
  await page.reload();
  await done(page);
  const browseCost = browse();

  const context2 = await browser.newContext();
  const fresh = await context2.newPage();
  const freshCost = collect(fresh);
  await fresh.goto(`${server.url}/recherche/?q=${encodeURIComponent(first)}`);
  await done(fresh);
  const firstQuery = freshCost();

  const laterCost = collect(fresh);
  await fresh.fill('#q', later);
  await fresh.press('#q', 'Enter');
  await done(fresh);
  const laterQuery = laterCost();
  await context2.close();

  const pf = (c: Cost) => ({ ...c, files: c.files.filter((f) => f.startsWith('/pagefind/')) });
  const firstPf = pf(firstQuery);
  const firstPfBytes = firstPf.files.reduce((n, f) => n + sentBytes(server.url + f), 0);
  console.log(`Recherche — mesures dans Chromium sur ${path.relative(process.cwd(), dist) || dist}\n`);
  console.log(
    `Pages de contenu (accueil, puis saisie dans la boîte d’en-tête) : ${pagefindOnContent.length} requête Pagefind — ${verdict(pagefindOnContent.length === 0)} (budget : 0 octet avant interaction)`,
  );
  console.log(`Page /recherche/ sans mots (liste complète), tout compris : ${browseCost.requests} requêtes, ${kb(browseCost.bytes)}`);
  console.log(`Première recherche « ${first} » (page ouverte par l’adresse) :`);
  console.log(`  tout compris : ${firstQuery.requests} requêtes, ${kb(firstQuery.bytes)}`);
  console.log(
    `  Pagefind seul : ${firstPf.files.length} requêtes, ${kb(firstPfBytes)} — ${verdict(firstPf.files.length <= 8 && firstPfBytes <= 150 * 1024)} (budget : ≤ 8 requêtes, ≤ 150 Ko)`,
  );
  for (const f of firstPf.files) console.log(`    ${f.replace(/\?.*$/, '')}  ${kb(sentBytes(server.url + f))}`);
  console.log(
    `Recherche suivante « ${later} » : ${laterQuery.requests} requêtes, ${kb(laterQuery.bytes)} — ${verdict(laterQuery.bytes <= 40 * 1024)} (budget : ≤ 40 Ko)`,
  );
  for (const f of laterQuery.files) console.log(`    ${f.replace(/\?.*$/, '')}  ${kb(sentBytes(server.url + f))}`);
  const script = readFileSync(path.join(dist, 'recherche/index.html'), 'utf8').match(/src="(\/_astro\/[^"]+\.js)"/)?.[1];
  if (script) console.log(`Script de la page de recherche : ${kb(sentBytes(server.url + script))} gzip`);
  console.log('Pas de lanceur de recherche sur les pages de contenu : le formulaire d’en-tête est du HTML seul (0 Ko).');
} finally {
  await browser.close();
  await server.close();
}
