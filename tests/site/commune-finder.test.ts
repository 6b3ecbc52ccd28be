// « Votre commune ou code postal » in a real browser: typing a commune, then a postal code, and
// choosing a suggestion lands on the département's page; only the shard of what was typed is
// downloaded, and nothing before the field is used. Without JavaScript the field stays hidden.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER, watchPage } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { browserOnSite } from '../helpers/browser-site.ts';

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
  const site = browserOnSite(MAIN_DIST);

  test('a commune, then a postal code, lead to the right département page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 667 } });
    const watch = watchPage(page);
    await page.goto(`${site.server.url}/territoires/`);
    expect(watch.requests.filter((r) => r.url().includes('/communes/'))).toEqual([]);

    await page.getByLabel('Votre commune ou code postal').click();
    const combobox = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    await combobox.pressSequentially('Pélus', { delay: 30 });
    const pelussin = page.getByRole('option', { name: /^Pélussin \(42410\)/ });
    await pelussin.waitFor();
    await pelussin.click();
    await page.waitForURL(`${site.server.url}/territoires/42/`);
    expect(await page.locator('h1').textContent()).toBe('Loire (42)');
    const shards = watch.requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith('/communes/'));
    expect([...new Set(shards)]).toEqual(['/communes/n-pe.json']);

    await page.goto(`${site.server.url}/`);
    await page.getByLabel('Votre commune ou code postal').click();
    const home = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    await home.pressSequentially('29200', { delay: 30 });
    await page.getByRole('option', { name: /^Brest \(29200\)/ }).waitFor();
    // By keyboard: down to the first suggestion, then Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}/territoires/29/`);
    expect(await page.locator('h1').textContent()).toBe('Finistère (29)');

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await page.close();
  });

  /** A fresh visitor (empty cache) on a slow mobile connection: every file takes ~0.4 s more. */
  async function slowVisitor(latency = 400): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: 60_000, uploadThroughput: 30_000 });
    return page;
  }

  const typed = ['22000', 'Plérin', 'St-Brieuc', 'St Brieuc', 'saint brieuc'];
  test.each(typed)(
    '« %s » typed at human speed on a slow network keeps every letter, and Enter alone leads to the Côtes-d’Armor',
    async (text) => {
      const page = await slowVisitor();
      const watch = watchPage(page);
      await page.goto(`${site.server.url}/`);
      const field = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
      await field.click();
      await field.pressSequentially(text, { delay: 90 });
      // Every letter is in the field, including those typed while the code was on its way.
      expect(await field.inputValue()).toBe(text);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.server.url}/territoires/22/`);
      expect(watch.consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  test('an Enter pressed before the combobox’s code has arrived is acted on once it has', async () => {
    const page = await slowVisitor(1500);
    const watch = watchPage(page);
    await page.goto(`${site.server.url}/`);
    const field = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    await field.click();
    await field.pressSequentially('Plérin', { delay: 20 });
    await page.keyboard.press('Enter');
    // The code was still on its way when Enter was pressed.
    expect(watch.requests.filter((r) => r.url().includes('/communes/'))).toEqual([]);
    await page.waitForURL(`${site.server.url}/territoires/22/`);
    await page.context().close();
  });

  test('the suggestions of a slow network are those of the whole text typed, and can be chosen', async () => {
    const page = await slowVisitor();
    await page.goto(`${site.server.url}/`);
    const field = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    await field.click();
    await field.pressSequentially('Plérin', { delay: 60 });
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toBe('Plérin (22190) — Côtes-d’Armor');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.server.url}/territoires/22/`);
    await page.context().close();
  });

  test('Enter says why when there is no commune to go to', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/`);
    const field = page.getByRole('combobox', { name: 'Votre commune ou code postal' });
    const message = page.locator('#commune-accueil-message');
    await field.click();
    await field.pressSequentially('P');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => message.textContent())
      .toBe('Tapez au moins deux lettres du nom de la commune, ou les deux premiers chiffres de son code postal.');
    await field.pressSequentially('qzx');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => message.textContent())
      .toBe('Aucune commune trouvée pour « Pqzx ». Vérifiez l’orthographe, ou tapez le code postal.');
    expect(page.url()).toBe(`${site.server.url}/`);
    await page.close();
  });
});
