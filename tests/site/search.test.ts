// The search, on the real build and its real Pagefind index, in Chromium: ranking, accents,
// French word forms, facets and their counts, the URL as the state, the form without
// JavaScript, and no Pagefind download anywhere but on the search page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, MAIN_DIST } from '../helpers/build.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { HAS_BROWSER, launchBrowser, watchCsp, watchPage } from '../helpers/browser.ts';
import { readPage } from '../helpers/dist.ts';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { COLLECTIONS, DESCRIPTORS } from '../../src/schemas/collections.ts';
import { serveSite } from '../helpers/nginx.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

describe('the search index', () => {
  test('is built in French next to the site', () => {
    const entry = JSON.parse(readFileSync(path.join(MAIN_DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    expect(existsSync(path.join(MAIN_DIST, 'pagefind/pagefind.js'))).toBe(true);
  });

  test('holds every published record of every collection, counted under its type', () => {
    // The repository's content has no draft: every record is published.
    const records = validateContent(contentDir()).records;
    expect(records.filter((r) => r.data.brouillon === true).map((r) => r.slug)).toEqual([]);
    const entry = JSON.parse(readFileSync(path.join(MAIN_DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.fr.page_count).toBe(records.length);
    // The « Type » facet the search page shows before any search: one line per collection, its count.
    const facet = readPage('/recherche/').querySelectorAll('li[data-value]:has(input[name="type"])');
    const shown = new Map([...facet].map((li) => [li.getAttribute('data-value'), li.querySelector('[data-count]')?.textContent]));
    expect(shown.size).toBe(COLLECTIONS.length);
    for (const c of COLLECTIONS) expect(shown.get(DESCRIPTORS[c].type), c).toBe(`(${records.filter((r) => r.collection === c).length})`);
  });

  test('a record page gives its main content, facets and date to the index, and nothing else', () => {
    const doc = readPage('/pratiques/travailler-en-groupes-thematiques/');
    const body = doc.querySelectorAll('[data-pagefind-body]');
    expect(body.length).toBe(1);
    expect(body[0]?.tagName).toBe('ARTICLE');
    expect(body[0]?.closest('header, nav, footer')).toBeNull();
    // Every facet goes into one Pagefind filter, « f », as « facet:value ».
    const values = (name: string) =>
      [...doc.querySelectorAll('[data-pagefind-filter="f[value]"]')]
        .map((e) => e.getAttribute('value') ?? '')
        .filter((v) => v.startsWith(`${name}:`))
        .map((v) => v.slice(name.length + 1));
    expect(values('type')).toEqual(['Pratique']);
    expect(values('departement')).toEqual(['Côtes-d’Armor']);
    expect(values('region')).toEqual(['Bretagne']);
    expect(values('annee')).toHaveLength(1);
    expect(doc.querySelector('[data-pagefind-sort="date[value]"]')?.getAttribute('value')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe.skipIf(!HAS_BROWSER)('the search page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveSite(MAIN_DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query: string): Promise<{ page: Page; violations: string[]; watch: ReturnType<typeof watchPage> }> {
    const page = await browser.newPage();
    const watch = watchPage(page);
    const violations = await watchCsp(page);
    await page.goto(`${server.url}/recherche/${query}`);
    await settled(page);
    return { page, violations, watch };
  }

  /** Waits until the status line gives a count, and returns it. */
  async function settled(page: Page): Promise<number> {
    // The list says which search it shows; wait until it is the one in the address bar.
    await page.waitForFunction(() => {
      const list = document.querySelector<HTMLElement>('[data-results]');
      return list?.getAttribute('aria-busy') === 'false' && list.dataset.query === new URLSearchParams(location.search).toString();
    });
    const text = (await page.textContent('[data-status]')) ?? '';
    return text.startsWith('Aucun') ? 0 : Number(text.replace(/\D.*$/, '').replace(/\s/g, ''));
  }

  const titles = (page: Page) => page.$$eval('[data-results] h2', (hs) => hs.map((h) => h.textContent ?? ''));
  const badges = (page: Page) => page.$$eval('[data-results] .badge', (bs) => bs.map((b) => b.textContent ?? ''));

  test('a query puts the record about it first, with its type, summary and a highlighted excerpt, and breaks no CSP rule', async () => {
    const { page, violations, watch } = await open('?q=groupes+th%C3%A9matiques');
    expect((await titles(page))[0]).toBe('Travailler en groupes thématiques plutôt que par secteurs');
    const first = page.locator('[data-results] > li').first();
    expect(await first.locator('.badge').textContent()).toBe('Pratique');
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/pratiques/travailler-en-groupes-thematiques/');
    expect((await first.locator('mark').allTextContents()).join(' ').toLowerCase()).toContain('groupes');
    const status = page.locator('[data-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.inputValue('#q')).toBe('groupes thématiques');
    expect(violations).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.externalRequests).toEqual([]);
    await page.close();
  });

  test('accents and capitals do not matter', async () => {
    const { page } = await open('?q=cooperation');
    const plain = await titles(page);
    await page.close();
    const { page: accented } = await open('?q=COOP%C3%89RATION');
    // Three results are shown first (each one costs a request): a full first page.
    expect(plain.length).toBe(3);
    expect(await titles(accented)).toEqual(plain);
    await accented.close();
  });

  test('French word forms: what Pagefind’s stemmer finds, documented', async () => {
    // Observed with Pagefind 1.6's French stemmer: « isolées » and « isolement » share a stem,
    // so « isolées » finds every page that says « isolement »; « bénévoles » finds « bénévole »
    // and « bénévolat ». Only exact forms are highlighted.
    const { page } = await open('?q=isolement');
    const isolement = await titles(page);
    expect(isolement.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/recherche/?q=isol%C3%A9es`);
    await settled(page);
    expect(await titles(page)).toEqual(expect.arrayContaining(isolement));
    await page.goto(`${server.url}/recherche/?q=b%C3%A9n%C3%A9voles`);
    await settled(page);
    const marks = (await page.locator('[data-results] mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks.some((m) => m.startsWith('bénévol') && m !== 'bénévoles')).toBe(true);
    await page.close();
  });

  test('on a phone, one link takes the reader past the filters to the results', async () => {
    const { page } = await open('?q=isolement');
    await page.setViewportSize({ width: 375, height: 800 });
    const skip = page.getByRole('link', { name: 'Aller aux résultats' });
    expect(await skip.isVisible()).toBe(true);
    await skip.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultats');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await skip.isVisible()).toBe(false);
    await page.close();
  });

  test('browsing without words lists every record, and each facet narrows the list to its count', async () => {
    const { page } = await open('');
    const total = await settled(page);
    const records = readFileSync(path.join(MAIN_DIST, 'pagefind/pagefind-entry.json'), 'utf8');
    expect(total).toBe(JSON.parse(records).languages.fr.page_count);
    for (const facet of ['type', 'theme', 'region', 'departement', 'annee']) {
      const details = page.locator(`details:has(input[name="${facet}"])`);
      if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
      const item = details.locator('li:not([hidden])').first();
      const value = (await item.locator('input').getAttribute('value')) ?? '';
      const count = Number(((await item.locator('[data-count]').textContent()) ?? '').replace(/\D/g, ''));
      expect(count, `${facet} = ${value}`).toBeGreaterThan(0);
      await item.locator('input').check();
      const narrowed = await settled(page);
      expect(narrowed, `${facet} = ${value}`).toBe(count);
      expect(narrowed).toBeLessThanOrEqual(total);
      expect(new URL(page.url()).searchParams.getAll(facet)).toEqual([value]);
      if (facet === 'type') expect(new Set(await badges(page))).toEqual(new Set([value]));
      // Counts of the other facets now describe the narrowed list.
      const others = await page.$$eval(`[data-facets] li:not([hidden]):not(:has(input[name="${facet}"])) [data-count]`, (cs) =>
        cs.map((c) => Number((c.textContent ?? '').replace(/\D/g, ''))),
      );
      expect(others.length).toBeGreaterThan(0);
      expect(Math.max(...others)).toBeLessThanOrEqual(narrowed);
      await item.locator('input').uncheck();
      expect(await settled(page)).toBe(total);
    }
    await page.close();
  });

  test('the URL holds the search: reload, back and forward bring it back', async () => {
    const { page } = await open('');
    await page.fill('#q', 'coopération');
    await page.press('#q', 'Enter');
    const all = await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('coopération');
    const withWords = await titles(page);
    // The facets start closed: their counts are fetched when one is opened.
    await page.locator('details:has(input[name="type"]) summary').click();
    await page.locator('details:has(input[name="type"]) input[value="Coopération"]').check();
    const narrowed = await settled(page);
    expect(new URL(page.url()).searchParams.get('type')).toBe('Coopération');
    const narrowedTitles = await titles(page);
    expect(narrowed).toBeLessThan(all);

    await page.reload();
    expect(await settled(page)).toBe(narrowed);
    expect(await page.inputValue('#q')).toBe('coopération');
    expect(await page.isChecked('input[name="type"][value="Coopération"]')).toBe(true);
    expect(await titles(page)).toEqual(narrowedTitles);

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('type'));
    await settled(page);
    expect(await page.isChecked('input[name="type"][value="Coopération"]')).toBe(false);
    expect(await titles(page)).toEqual(withWords);

    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('type'));
    await settled(page);
    expect(await titles(page)).toEqual(narrowedTitles);
    await page.close();
  });

  test('no layout shift when the results arrive', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/recherche/?q=isolement+social`);
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.05);
    await page.close();
  });

  test('without JavaScript, the header form lands on the search page, which says why and offers the lists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('#recherche-entete', 'isolement');
    await Promise.all([page.waitForURL(/\/recherche\/\?q=isolement$/), page.press('#recherche-entete', 'Enter')]);
    const message = page.locator('main [data-noscript]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('JavaScript');
    expect(await message.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/cooperations/', '/acteurs/', '/pratiques/', '/temoignages/', '/evenements/']),
    );
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    await context.close();
  });

  test('content pages never download Pagefind, even when the header search box is used', async () => {
    for (const route of ['/', '/pratiques/', '/pratiques/travailler-en-groupes-thematiques/', '/evenements/']) {
      const page = await browser.newPage();
      const watch = watchPage(page);
      await page.goto(server.url + route);
      await page.focus('#recherche-entete');
      await page.keyboard.type('coop');
      await page.waitForLoadState('networkidle');
      const pagefind = watch.requests.map((r) => r.url()).filter((u) => u.includes('/pagefind/'));
      expect(pagefind, route).toEqual([]);
      await page.close();
    }
  });
});

describe.skipIf(!HAS_BROWSER)('French elisions', () => {
  // A record that says « isolement » only after an elided article, as French does.
  const dir = makeContent({
    'pratiques/pratique-test.md': VALID['pratiques/pratique-test.md']!.replace('Comment faire.', 'Comment rompre l’isolement d’un voisin.'),
  });
  const build = buildSite({ contentDir: dir });
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanContent();
  });

  test('« isolement » and « l’isolement » find a page that only says « l’isolement », shown as written', async () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const page = await browser.newPage();
    for (const q of ['isolement', 'l%E2%80%99isolement', "l'isolement", 'voisin']) {
      await page.goto(`${server.url}/recherche/?q=${q}`);
      await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false');
      const links = await page.$$eval('[data-results] h2 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links, q).toContain('/pratiques/pratique-test/');
    }
    await page.goto(`${server.url}/recherche/?q=isolement`);
    await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false');
    const item = page.locator('[data-results] > li', { has: page.locator('a[href="/pratiques/pratique-test/"]') });
    const shown = (await item.textContent()) ?? '';
    expect(shown).toContain('l’isolement');
    expect(await item.locator('mark').allTextContents()).toContain('isolement');
    expect((await page.locator('[data-results]').textContent()) ?? '').not.toContain('\u200A');
    await page.close();
  });
});
