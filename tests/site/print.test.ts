// A practice on paper: printed from Chromium to a PDF, a short one takes at most two A4 pages —
// its text, related records as a short list of titles, no small map, no empty parentheses.

import { describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER } from '../helpers/browser.ts';
import { allRoutes, readPage } from '../helpers/dist.ts';
import { browserOnSite } from '../helpers/browser-site.ts';

/** Pages of a PDF: its page objects (« /Type /Page », not the « /Pages » tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

const practices = allRoutes().filter((r) => /^\/pratiques\/[^/]+\/$/.test(r));
// The shortest practice, by the length of its text.
const textLength = (route: string) => readPage(route).querySelector('article')!.textContent.length;
const shortest = practices.toSorted((a, b) => textLength(a) - textLength(b))[0]!;

describe('practice pages', () => {
  test('offer « Imprimer cette fiche » (shown by its script), and end without a line only the screen can use', () => {
    expect(practices.length).toBeGreaterThanOrEqual(2);
    for (const route of practices) {
      const doc = readPage(route);
      expect(doc.querySelector('[data-print] button')?.textContent, route).toBe('Imprimer cette fiche');
      expect(doc.querySelector('.record-footer .no-print')?.textContent, route).toMatch(/Une erreur, un oubli/);
    }
  });
});

describe.skipIf(!HAS_BROWSER)('printing a practice', () => {
  const site = browserOnSite(MAIN_DIST);

  test('a short practice prints on at most two A4 pages, without the mini-map or empty parentheses', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${shortest}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.mini-map').count()).toBeGreaterThanOrEqual(0);
    expect(await page.locator('.mini-map').isVisible()).toBe(false);
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    const footer = await page.locator('.record-footer').innerText();
    expect(footer).not.toMatch(/\(\s*ou\s*\)|\(\s*\)/);
    // Related records: titles only.
    const related = page.locator('.record-related .card');
    for (const card of await related.all()) expect((await card.innerText()).split('\n').filter(Boolean)).toHaveLength(1);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPages(pdf);
    expect(pages, shortest).toBeGreaterThanOrEqual(1);
    expect(pages, shortest).toBeLessThanOrEqual(2);
    await page.close();
  });

  test('the button opens the print dialog', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => (window as unknown as { printed: number }).printed++;
    });
    await page.goto(`${site.server.url}${shortest}`);
    await page.getByRole('button', { name: 'Imprimer cette fiche' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });
});
