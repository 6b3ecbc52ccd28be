// Times the page « Importer un tableau » on a generated sheet of 5,000 fictional rows, in
// Chromium slowed down 4× (DevTools' CPU throttling, a modest phone or an old computer):
// reading the file (in the worker), then matching and checking every row. Figures only.
//   npm run build && npm run bench:import [-- 5000]
// OUT_DIR names another build (as for npm run build).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { bigImportBook } from '../tests/helpers/import-sheets.ts';

const dist = path.resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(path.join(dist, 'contribuer/importer/index.html'))) {
  console.error(`Pas de page d’import dans ${dist} : lancez d’abord « npm run build ».`);
  process.exit(1);
}
const rows = Number(process.argv[2] ?? 5000);
const RATE = 4;
const work = mkdtempSync(path.join(tmpdir(), 'coop-bench-import-'));
const file = path.join(work, 'acteurs.xlsx');
writeFileSync(file, bigImportBook(rows));

const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.goto(`${server.url}/contribuer/importer/`, { waitUntil: 'load' });
  await page.waitForFunction(() => !(document.getElementById('import-file') as HTMLInputElement).disabled);
  const t0 = performance.now();
  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('#import-setup:not([hidden])', { timeout: 600_000 });
  const t1 = performance.now();
  await page.click('#import-check');
  await page.waitForSelector('#import-result:not([hidden])', { timeout: 600_000 });
  const t2 = performance.now();
  const summary = await page.locator('#import-summary').innerText();
  const s = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
  const astro = path.join(dist, '_astro');
  const size = (f: string) => `${(gzipSync(readFileSync(path.join(astro, f))).length / 1024).toFixed(0)} Ko gzip`;
  const pageScript = readdirSync(astro).find((f) => f.startsWith('importer.astro') && f.endsWith('.js'));
  const workerScript = readdirSync(astro).find((f) => f.startsWith('sheet-worker') && f.endsWith('.js'));
  console.log(
    `Import d’un tableau de ${rows} lignes (.xlsx, ${(readFileSync(file).length / 1024).toFixed(0)} Ko), Chromium ralenti ${RATE}× :`,
  );
  console.log(`  lecture du fichier (worker) : ${s(t1 - t0)}`);
  console.log(`  correspondance des colonnes et vérification des ${rows} lignes : ${s(t2 - t1)}`);
  console.log(`  total : ${s(t2 - t0)} — ${summary}`);
  if (pageScript)
    console.log(
      `  script de la page : ${size(pageScript)} ; lecteur de tableur (chargé au choix d’un fichier) : ${workerScript ? size(workerScript) : '?'}`,
    );
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
