// /carte/ by keyboard: the button to the interactive map comes before the static map's links,
// with a link that skips the map; only départements with resources are in the Tab order.

import { describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { browserOnSite } from '../helpers/browser-site.ts';

describe('the static map', () => {
  test('links only the départements that have resources; the others are drawn, out of the Tab order', () => {
    const doc = readPage('/carte/');
    const links = [...doc.querySelectorAll('svg a[href^="/territoires/"]')];
    const listed = [...doc.querySelectorAll('.carte-liste a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(101);
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(listed.sort());
    expect(links.filter((a) => a.getAttribute('aria-label')!.includes('aucune ressource'))).toEqual([]);
  });
});

describe.skipIf(!HAS_BROWSER)('/carte/ by keyboard', () => {
  const site = browserOnSite(MAIN_DIST);

  // On a phone, from the top of the page; on a wide screen (nine menu links), from « Aller au contenu ».
  test.each([
    [375, false],
    [1280, true],
  ])(
    'at %i px (skip link used: %s), « Afficher la carte interactive » is within 10 Tab presses, then a link skips the map',
    async (width, skip) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.server.url}/carte/`);
      let presses = 0;
      if (skip) {
        await page.keyboard.press('Tab');
        presses++;
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
        await page.keyboard.press('Enter');
      }
      let focused = '';
      while (presses < 10 && focused !== 'Afficher la carte interactive') {
        await page.keyboard.press('Tab');
        presses++;
        focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      }
      expect(focused).toBe('Afficher la carte interactive');
      expect(presses).toBeLessThanOrEqual(10);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
        /^Passer la carte\s:\saller à la liste des départements$/u,
      );
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      // Past the map: the next stop is in or after the list of départements.
      expect(await page.evaluate(() => document.activeElement?.closest('svg'))).toBeNull();
      await page.close();
    },
  );
});
