// A phone (375 × 800): the header is one line (name, search, « Menu »), its menu opens without
// any script, and the home page's main doors — the four questions and the commune box with its
// first suggestions — are on the first screen.

import { describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER } from '../helpers/browser.ts';
import { browserOnSite } from '../helpers/browser-site.ts';

const PHONE = { width: 375, height: 800 };

describe.skipIf(!HAS_BROWSER)('on a phone', () => {
  const site = browserOnSite(MAIN_DIST);

  const routes = ['/', '/territoires/', '/pratiques/', '/recherche/', '/contribuer/'];
  test.each(routes)('%s: the header is one line holding the name, the search and « Menu »', async (route) => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${route}`);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(80);
    const parts = [
      page.locator('.site-title'),
      page.getByRole('searchbox', { name: 'Rechercher une ressource' }),
      page.locator('.site-header').getByRole('button', { name: 'Rechercher' }),
      page.locator('summary', { hasText: 'Menu' }),
    ];
    let seen = 0;
    for (const part of parts) {
      const box = (await part.boundingBox())!;
      expect(box, route).not.toBeNull();
      // Each part sits inside the header's single line.
      expect(box.y).toBeGreaterThanOrEqual(header.y);
      expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height);
      seen++;
    }
    expect(seen).toBe(4);
    // Room to type in: the search field was 58 px wide, its hint cut to « Re ».
    expect((await parts[1]!.boundingBox())!.width).toBeGreaterThanOrEqual(80);
    expect(await page.locator('.site-header').getByRole('link', { name: 'Contribuer' }).isVisible()).toBe(false);
    await page.close();
  });

  test('« Menu » is a disclosure that opens and closes without JavaScript, by keyboard', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/pratiques/`);
    const menu = page.getByRole('group').filter({ has: page.locator('summary') });
    const toggle = page.locator('summary', { hasText: 'Menu' });
    const link = page.locator('.site-menu').getByRole('link', { name: 'Contribuer' });
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await link.waitFor({ state: 'visible' });
    // Next in the Tab order: the menu's first link; the current section is marked.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Coopérations');
    expect(await page.locator('.site-menu').getByRole('link', { name: 'Pratiques' }).getAttribute('aria-current')).toBe('page');
    await toggle.click();
    expect(await link.isVisible()).toBe(false);
    await context.close();
  });

  test('a wide screen shows the links without « Menu »', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}/`);
    expect(await page.locator('.site-nav__links').getByRole('link', { name: 'Contribuer' }).isVisible()).toBe(true);
    expect(await page.locator('summary', { hasText: 'Menu' }).isVisible()).toBe(false);
    await page.close();
  });

  test('the home page shows the four questions, the commune box and its first suggestions on the first screen', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}/`);
    const questions = page.locator('.question-links a');
    expect(await questions.count()).toBe(4);
    for (const q of await questions.all()) {
      const box = (await q.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
    const field = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    await field.click();
    await field.pressSequentially('Saint', { delay: 30 });
    await field.pressSequentially('-Br', { delay: 30 });
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const first = (await options.first().boundingBox())!;
    const third = (await options.nth(2).boundingBox())!;
    expect(third.y + third.height).toBeLessThanOrEqual(PHONE.height);
    expect(first.y).toBeGreaterThan(0);
    await page.close();
  });
});
