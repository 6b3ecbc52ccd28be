// A smoke run of the benchmark (a synthetic corpus of a few hundred records, built cold
// and warm, and a bare Astro site), then what long lists look like in its build.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';
import { QualityTab } from '../helpers/quality.ts';
import { ROOT } from '../helpers/build.ts';
import { hrefs, readPage } from '../helpers/dist.ts';
import { countsFor } from '../../scripts/lib/corpus.ts';

const RECORDS = 300;
const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench.ts'), '--records', String(RECORDS), '--no-browser'], {
  cwd: ROOT,
  encoding: 'utf8',
  env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITE.*|TEST|MODE|NODE_ENV|PROD|DEV|BASE_URL|SSR)$/.test(k))),
});
const dist = path.join(ROOT, 'bench-out', String(RECORDS), 'dist');
// The actors of the corpus, as the generator shares the records out between the collections.
const ACTORS = countsFor(RECORDS).acteurs;

describe('the benchmark, on a small corpus', () => {
  test('runs and prints every figure of the budgets', () => {
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const figure of [
      'Construction à froid (site et index)',
      'Index de recherche',
      'Mémoire maximale (RSS)',
      'Construction à chaud',
      'Données de la carte (gzip)',
      'Rapport site / Astro nu',
      '| Temps de processeur |',
      'node_modules',
      'HTML gzip médian',
    ]) {
      expect(run.stdout, figure).toContain(figure);
    }
    expect(run.stdout).toContain(`| fiche acteurs | ${ACTORS} |`);
  });
});

describe('long lists stay short pages', () => {
  test('a collection list shows 50 records a page and reaches every record once', () => {
    const first = readPage('/acteurs/', dist);
    const cards = (doc: Document) => hrefs(doc.querySelector('main .cards')!).filter((h) => /^\/acteurs\/acteur-/.test(h));
    expect(cards(first)).toHaveLength(50);
    expect(hrefs(first.querySelector('nav.pagination')!)).toEqual(expect.arrayContaining(['/acteurs/2/', '/acteurs/3/']));
    const all = [...cards(first), ...cards(readPage('/acteurs/2/', dist)), ...cards(readPage('/acteurs/3/', dist))];
    expect(ACTORS).toBeGreaterThan(50); // more than one page
    expect(all).toHaveLength(ACTORS);
    expect(new Set(all).size).toBe(ACTORS);
    expect(readPage('/acteurs/2/', dist).querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/acteurs\/2\/$/);
  });

  test('a theme hub shows a dozen records per type and links to all of them in the search', () => {
    const doc = readPage('/themes/isolement-social/', dist);
    const section = doc.querySelector('#g-acteurs')!.closest('section')!;
    expect(section.querySelectorAll('.cards > li').length).toBe(12);
    const more = section.querySelector('.more-link a')!;
    expect(more.getAttribute('href')).toBe('/recherche/?type=Acteur&theme=Isolement+social+des+personnes+%C3%A2g%C3%A9es');
    expect(more.textContent).toMatch(/^Voir les \d+ acteurs sur ce thème dans la recherche$/);
  });
});

describe('the proposal form at scale', () => {
  test('its page does not grow with the records: the names load once as JSON', () => {
    const html = readFileSync(path.join(dist, 'contribuer/proposer/cooperations/index.html'));
    const actors = JSON.parse(readFileSync(path.join(dist, 'contribuer/fiches/acteurs.json'), 'utf8')) as Array<[string, string]>;
    expect(actors).toHaveLength(ACTORS);
    expect(html.toString()).not.toContain(actors[0]?.[1]);
    expect(gzipSync(html).length).toBeLessThan(60_000);
    expect(run.stdout).toContain('Page du formulaire (HTML et JS au chargement, gzip)');
  });
});

describe.skipIf(!HAS_BROWSER && !process.env.CI)('long choice lists in the proposal form', () => {
  test('find an actor among many by typing a few letters, accents and capitals aside', async () => {
    const server = await serveDist(dist);
    const browser = await launchBrowser();
    try {
      const tab = await QualityTab.open(browser);
      const { page } = tab;
      await tab.goto(`${server.url}/contribuer/proposer/cooperations/`);
      const actors = JSON.parse(readFileSync(path.join(dist, 'contribuer/fiches/acteurs.json'), 'utf8')) as Array<[string, string]>;
      const [, title] = actors[0] as [string, string];
      // The first actor's own title, typed in capitals without its accents.
      const typed = title.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
      const box = page.getByRole('combobox', { name: 'Ajouter un acteur (Porteurs)' });
      await box.click();
      await box.pressSequentially(typed.slice(0, 12));
      await page.locator('.autocomplete__menu [role=option]').first().waitFor();
      const options = await page.locator('.autocomplete__menu [role=option]').allTextContents();
      expect(options).toContain(title);
      expect(options.length).toBeLessThan(actors.length);
      await page.locator('.autocomplete__menu [role=option]', { hasText: title }).first().click();
      expect(await page.getByRole('list', { name: 'Porteurs choisis' }).innerText()).toContain(title);
      // The combobox and its list pass axe like every other page.
      expect(await tab.axe()).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
