// The page « Importer un tableau » in Chromium, used through its labels and the keyboard: an
// .xlsx and an .ods with French headers in an odd order, département names, postal codes,
// French dates and one row repeating an existing record give the right records and the right
// problems, and end as one .zip — holding exactly the files `npm run import` writes from the
// same sheet. Hostile files get their message; the reader loads only once a file is chosen;
// axe, the CSP and the console stay clean in every state.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAIN_DIST, ROOT } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { QualityTab, reportProblems } from '../helpers/quality.ts';
import { serveSite } from '../helpers/nginx.ts';
import type { StaticServer } from '../helpers/server.ts';
import { EXPECTED_DUPLICATE, EXPECTED_NEW, EXPECTED_PROBLEMS, importBook } from '../helpers/import-sheets.ts';
import { runImport } from '../../scripts/lib/import-run.ts';
import { isoDate } from '../../src/lib/time/paris-time.ts';

const work = mkdtempSync(path.join(tmpdir(), 'coop-import-page-'));

describe.skipIf(!HAS_BROWSER && !process.env.CI)('import page', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveSite(MAIN_DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function open(): Promise<QualityTab> {
    const tab = await QualityTab.open(browser);
    await tab.goto(`${server.url}/contribuer/importer/`);
    await expect.poll(() => tab.page.getByLabel(/^Fichier \.xlsx/).isEnabled()).toBe(true);
    return tab;
  }

  async function choose(tab: QualityTab, name: string, bytes: Uint8Array): Promise<void> {
    const file = path.join(work, name);
    writeFileSync(file, bytes);
    await tab.page.getByLabel(/^Fichier \.xlsx/).setInputFiles(file);
  }

  for (const bookType of ['xlsx', 'ods'] as const) {
    test(`a list kept in ${bookType} becomes one .zip of the records npm run import writes`, async () => {
      const tab = await open();
      const page = tab.page;
      // Light: the reader (the worker's script) loads only once a file is chosen.
      const scripts: string[] = [];
      page.on('request', (r) => scripts.push(r.url()));
      page.on('worker', (w) => scripts.push(w.url()));
      await tab.settle();
      expect(scripts.filter((u) => u.includes('sheet-worker'))).toEqual([]);
      const bytes = importBook(bookType);
      await choose(tab, `acteurs.${bookType}`, bytes);
      // Focus moves to the next step, where the headers chose the kind of record.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 30_000 }).toBe('import-setup-title');
      expect(await page.getByLabel('Sorte de fiches').inputValue()).toBe('acteurs');
      expect(scripts.filter((u) => u.includes('sheet-worker')).length).toBeGreaterThan(0);
      expect(await page.getByLabel('Champ rempli par la colonne « Ville »').inputValue()).toBe('lieu_commune');
      expect(await page.getByLabel('Champ rempli par la colonne « Nom de la structure »').inputValue()).toBe('titre');
      expect(await page.locator('#import-notes').innerText()).toContain('ligne 2');
      expect(await page.locator('#import-empty').innerText()).toContain('Site web');
      expect(tab.page.url()).toContain('/contribuer/importer/');
      await page.getByRole('button', { name: 'Vérifier les lignes' }).press('Enter');
      // Checking loads the record keys and the communes first: give it time on a busy machine.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 30_000 }).toBe('import-result-title');
      const problems = page.getByRole('table', { name: /^Problèmes par ligne/ });
      const cells = await problems
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [Number(tr.children[0]?.textContent), tr.children[1]?.textContent]));
      expect(cells).toEqual(EXPECTED_PROBLEMS);
      const dups = page.getByRole('table', { name: /^Lignes qui répètent/ });
      expect(await dups.locator('tbody tr th').allInnerTexts()).toEqual([String(EXPECTED_DUPLICATE.line)]);
      expect(await dups.locator('tbody').innerText()).toContain('Association de Kergus');
      expect(await page.locator('#import-summary').innerText()).toContain(`${EXPECTED_NEW.length} nouvelle(s) fiche(s)`);
      expect(reportProblems(await tab.report('/contribuer/importer/ (résultat)'))).toEqual([]);
      // Plain French: what the person reads holds no file path, YAML, true/false or underscore id.
      const text = await page.locator('main').innerText();
      expect(text.match(/\bcontent\/|\bYAML\b|\b(true|false)\b|\b[a-z]+_[a-z_]+\b/g)).toBeNull();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /^Télécharger les 3 fiche\(s\) prêtes/ }).press('Enter');
      const file = path.join(work, `page-${bookType}.zip`);
      await (await download).saveAs(file);
      const zipped = unzipSync(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(file))));
      expect(Object.keys(zipped).sort()).toEqual(EXPECTED_NEW.map((n) => `content/acteurs/${n}.md`).sort());

      // The command, on the same sheet, writes the same files.
      const command = runImport({
        bytes,
        fileName: `acteurs.${bookType}`,
        collection: 'acteurs',
        dir: path.join(ROOT, 'content'),
        today: isoDate(new Date()),
      });
      if (!command.ok) throw new Error(command.message);
      const written = Object.fromEntries(command.rows.filter((r) => r.text).map((r) => [`content/acteurs/${r.slug}.md`, r.text]));
      expect(Object.fromEntries(Object.entries(zipped).map(([k, v]) => [k, strFromU8(v)]))).toEqual(written);
      await tab.close();
    });
  }

  test('a duplicate proposed as an edit changes only the filled columns of its record', async () => {
    const tab = await open();
    const page = tab.page;
    await choose(tab, 'acteurs.xlsx', importBook('xlsx'));
    await page.getByRole('button', { name: 'Vérifier les lignes' }).press('Enter');
    await expect.poll(() => page.locator('#import-summary').innerText(), { timeout: 30_000 }).toContain('nouvelle(s) fiche(s)');
    await page.getByLabel(`Que faire de la ligne ${EXPECTED_DUPLICATE.line}`).selectOption('edit');
    await expect.poll(() => page.locator('#import-summary').innerText(), { timeout: 30_000 }).toContain('1 modification(s)');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Télécharger les 4 fiche\(s\)/ }).click();
    const file = path.join(work, 'edit.zip');
    await (await download).saveAs(file);
    const zipped = unzipSync(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(file))));
    const kergus = strFromU8(zipped[`content/acteurs/${EXPECTED_DUPLICATE.id}.md`]!);
    // Unfilled columns keep the record's values and text; filled ones replace them.
    expect(kergus).toContain('titre: Association de Kergus');
    expect(kergus).toContain('themes: [gouvernance]');
    expect(kergus).toContain('Maryvonne Le Roux');
    await tab.close();
  });

  test('a matching changed by hand is kept for the next file with the same headers', async () => {
    const tab = await open();
    const page = tab.page;
    await choose(tab, 'acteurs.xlsx', importBook('xlsx'));
    const description = page.getByLabel('Champ rempli par la colonne « Description »');
    expect(await description.inputValue()).toBe('resume');
    await description.selectOption({ label: 'Ne pas importer' });
    await expect.poll(() => page.locator('#import-empty').innerText()).toContain('Résumé (obligatoire)');
    await page.reload();
    await expect.poll(() => page.getByLabel(/^Fichier \.xlsx/).isEnabled()).toBe(true);
    await choose(tab, 'acteurs.ods', importBook('ods'));
    await expect.poll(() => page.getByLabel('Champ rempli par la colonne « Description »').inputValue(), { timeout: 30_000 }).toBe('');
    // Choosing a field already taken frees the column that had it.
    await page.getByLabel('Champ rempli par la colonne « Description »').selectOption('titre');
    expect(await page.getByLabel('Champ rempli par la colonne « Nom de la structure »').inputValue()).toBe('');
    await tab.close();
  });

  test('hostile and odd files get a plain-French message and never freeze the page', async () => {
    const tab = await open();
    const page = tab.page;
    const status = page.getByRole('status').first();
    await choose(tab, 'bombe.xlsx', zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(90 * 1024 * 1024) }, { level: 9 }));
    await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('volume bien trop grand');
    await choose(tab, 'liste.xlsx', new TextEncoder().encode('pas un tableur'));
    await expect.poll(() => status.innerText()).toContain('pas un vrai tableau');
    await choose(
      tab,
      'windows.csv',
      Uint8Array.from(
        [...'Nom;Département\nMaison fictive;C']
          .map((c) => c.charCodeAt(0))
          .concat([0xf4, ...[..."tes-d'Armor\n"].map((c) => c.charCodeAt(0))]),
      ),
    );
    await expect.poll(() => page.locator('#import-notes').innerText()).toContain('Windows-1252');
    expect(await page.locator('#import-columns tbody td').first().innerText()).toBe('Maison fictive');
    // Pasted cells (tab-separated, as a spreadsheet copies them).
    await page.getByText('Ou collez des cellules copiées d’un tableur').click();
    await page
      .getByLabel('Cellules copiées, avec la ligne des titres des colonnes')
      .fill('Date\tTitre\tType d’événement\n05/03/2015\tJournée fictive\tRencontre\n');
    await page.getByRole('button', { name: 'Lire les cellules collées' }).click();
    await expect.poll(() => page.getByLabel('Sorte de fiches').inputValue()).toBe('evenements');
    expect(reportProblems(await tab.report('/contribuer/importer/ (fichiers hostiles)'))).toEqual([]);
    await tab.close();
  });
});
