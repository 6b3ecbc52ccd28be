// « Votre commune ou code postal » in a real browser: typing a commune, then a postal code, and
// choosing a suggestion lands on the département's page; only the shard of what was typed is
// downloaded, and nothing before the field is used. Without JavaScript the field stays hidden.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser, watchPage } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

describe('without JavaScript', () => {
  test('the finder is hidden and the plain list of départements remains', () => {
    const doc = readPage('/territoires/');
    const finder = doc.querySelector('[data-commune-finder]')!;
    expect(finder.hasAttribute('hidden')).toBe(true);
    expect(finder.querySelector('label')!.textContent).toBe('Votre commune ou code postal');
    expect(doc.querySelectorAll('main a[href^="/territoires/"]').length).toBeGreaterThanOrEqual(119);
    expect(readPage('/').querySelector('[data-commune-finder] label')!.textContent).toBe('Votre commune ou code postal');
  });
});

describe.skipIf(!HAS_BROWSER)('commune finder', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDist(MAIN_DIST);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a commune, then a postal code, lead to the right département page', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    const watch = watchPage(page);
    await page.goto(`${server.url}/territoires/`);
    expect(watch.requests.filter((r) => r.url().includes('/communes/'))).toEqual([]);

    await page.getByLabel('Votre commune ou code postal').click();
    const combobox = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    await combobox.pressSequentially('Pélus', { delay: 30 });
    const pelussin = page.getByRole('option', { name: /^Pélussin \(42410\)/ });
    await pelussin.waitFor();
    await pelussin.click();
    await page.waitForURL(`${server.url}/territoires/42/`);
    expect(await page.locator('h1').textContent()).toBe('Loire (42)');
    const shards = watch.requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/communes/'));
    expect([...new Set(shards)]).toEqual(['/communes/n-pe.json']);

    await page.goto(`${server.url}/`);
    await page.getByLabel('Votre commune ou code postal').click();
    const home = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    await home.pressSequentially('29200', { delay: 30 });
    await page.getByRole('option', { name: /^Brest \(29200\)/ }).waitFor();
    // By keyboard: down to the first suggestion, then Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/territoires/29/`);
    expect(await page.locator('h1').textContent()).toBe('Finistère (29)');

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await page.close();
  });
});
