// The main kinds of page in a real browser, on a phone and a desktop, and a practice on paper.
// Screenshots and the PDF go to SCREENSHOT_DIR (default /tmp/site-screenshots) for a person to look at;
// the assertions check what a screenshot would show wrong: sideways scrolling, a request to
// another host, navigation on paper, a broken objective tree, link addresses missing in print.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SITE } from '../../src/site-config.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER, watchPage } from '../helpers/browser.ts';
import { browserOnSite } from '../helpers/browser-site.ts';

const OUT = process.env.SCREENSHOT_DIR ?? '/tmp/site-screenshots';
const records = validateContent(contentDir()).records.filter((r) => !r.data.brouillon);
// A practice with an objective tree and an event: picked from the content, not named here.
const practice = records.find((r) => r.collection === 'pratiques' && r.data.arbre_objectifs);
const event = records.find((r) => r.collection === 'evenements');
const hub = records.flatMap((r) => (r.data.departements as string[] | undefined) ?? [])[0];

const PAGES: Record<string, string> = {
  accueil: '/',
  ...(hub ? { territoire: `/territoires/${hub.toLowerCase()}/` } : {}),
  ...(practice ? { pratique: `/pratiques/${practice.slug}/` } : {}),
  ...(event ? { evenement: `/evenements/${event.slug}/` } : {}),
  chiffres: '/chiffres/',
};

describe.skipIf(!HAS_BROWSER)('pages on a phone and a desktop', () => {
  const site = browserOnSite(MAIN_DIST);
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  test('the content has a practice with an objective tree, an event and a département', () => {
    expect(practice).toBeDefined();
    expect(event).toBeDefined();
    expect(hub).toBeDefined();
  });

  for (const width of [375, 1280]) {
    test.each(Object.entries(PAGES))(
      `%s (%s) at ${width} px: no sideways scrolling, nothing from another host, no script`,
      async (name, route) => {
        const page = await site.browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
        const watch = watchPage(page);
        await page.goto(site.server.url + route);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${route} déborde de ${overflow} px`).toBeLessThanOrEqual(0);
        expect(watch.externalRequests).toEqual([]);
        expect(watch.failedRequests).toEqual([]);
        // Without JavaScript, the page is still complete.
        expect(await page.locator('main h1').count()).toBe(1);
        await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true });
        await page.close();
      },
    );
  }

  test('on a 375 × 667 phone, the home page shows its four questions on the first screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${site.server.url}/`);
    const bottoms = await page.locator('.question-links a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().bottom));
    expect(bottoms).toHaveLength(4);
    for (const b of bottoms) expect(b).toBeLessThanOrEqual(667);
    await page.close();
  });

  test('on a 320 px screen, /chiffres/ writes chart labels at a readable size and no table is cut off', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${site.server.url}/chiffres/`);
    const sizes = await page
      .locator('.chart__label, .chart__value')
      .evaluateAll((texts) => texts.filter((t) => t.getClientRects().length > 0).map((t) => t.getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(0);
    for (const h of sizes) expect(h).toBeGreaterThanOrEqual(12);
    const overflow = await page.locator('.table-scroll').evaluateAll((boxes) => boxes.map((b) => b.scrollWidth - b.clientWidth));
    expect(overflow.length).toBeGreaterThan(0);
    for (const o of overflow) expect(o).toBeLessThanOrEqual(0);
    await page.close();
  });

  // 200 % zoom of a 1280 px window is a 640 px layout; WCAG reflow asks for 320 px (400 %).
  test.each([
    [320, 1],
    [640, 2],
  ])('at %i CSS px (device scale %i), no page scrolls sideways', async (width, scale) => {
    const page = await site.browser.newPage({ viewport: { width, height: 700 }, deviceScaleFactor: scale });
    for (const [name, route] of Object.entries(PAGES)) {
      await page.goto(site.server.url + route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${route} à ${width} px`).toBeLessThanOrEqual(0);
      if (name === 'accueil') await page.screenshot({ path: path.join(OUT, `accueil-${width}.png`), fullPage: true });
    }
    await page.close();
  });

  test.runIf(!!practice)('a practice prints as a clean sheet: no navigation, link addresses shown, the objective tree whole', async () => {
    const page: Page = await site.browser.newPage({ viewport: { width: 800, height: 1100 } });
    await page.goto(`${site.server.url}/pratiques/${practice!.slug}/`);
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.site-header')).toBe(false);
    expect(await visible('.site-footer')).toBe(false);
    expect(await visible('.breadcrumb')).toBe(false);
    expect(await visible('h1')).toBe(true);
    // Every objective and every action of the tree is on paper.
    const tree = practice!.data.arbre_objectifs as { objectifs: Array<{ titre: string; actions: Array<{ titre: string }> }> };
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const o of tree.objectifs) {
      expect(text).toContain(o.titre.replace(/\s+/g, ' '));
      for (const a of o.actions) expect(text).toContain(a.titre.replace(/\s+/g, ' '));
    }
    // The sheet says where it comes from: the site's name and the page's address.
    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    expect((await header.innerText()).replace(/\s+/g, ' ')).toBe(`${SITE.nom} ${new URL(`/pratiques/${practice!.slug}/`, SITE.url).href}`);
    // Addresses of links are printed after them, in full.
    const after = await page.evaluate(() => {
      const a = document.querySelector('main [aria-labelledby="en-lien"] a[href^="/"]');
      return a ? getComputedStyle(a, '::after').content : '';
    });
    expect(after.startsWith(`" (${new URL(SITE.url).origin}/`), after).toBe(true);
    expect(after.endsWith(')"'), after).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'pratique-impression.png'), fullPage: true });
    const pdf = path.join(OUT, 'pratique.pdf');
    await page.pdf({
      path: pdf,
      format: 'A4',
      printBackground: false,
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    });
    expect(statSync(pdf).size).toBeGreaterThan(5000);
    await page.close();
  });
});
