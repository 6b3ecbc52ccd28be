// /carte/ as built from the repository's content: the SVG map and its list in the HTML, the data
// file, and in Chromium the interactive map (canvas drawn, popup, filters, URL state), with no
// request leaving localhost and no Content-Security-Policy violation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { CODES_DEPARTEMENTS, departement } from '../../src/lib/territories/territoires.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { departementFeatures, type MapPayload } from '../../src/lib/map/map-features.ts';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser, watchCsp, watchPage, type PageWatch } from '../helpers/browser.ts';
import { allRoutes, hrefs, readPage } from '../helpers/dist.ts';
import { serveSite } from '../helpers/nginx.ts';
import type { StaticServer } from '../helpers/server.ts';

const content = validateContent(contentDir());
const named = new Set(content.records.flatMap((r) => (r.data as { departements?: string[] }).departements ?? []));
const located = content.records.filter((r) => (r.data as { lieu?: { coordonnees?: unknown } }).lieu?.coordonnees);

describe('/carte/ in the HTML', () => {
  const doc = readPage('/carte/');
  const svg = doc.querySelector('main svg.france-map')!;

  test('has the SVG map with one link per département that has resources, named with its counts', () => {
    expect(svg).not.toBeNull();
    const links = [...svg.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('/territoires/'));
    // The others are drawn without a link, out of the keyboard's way (their pages are on /territoires/).
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(
      CODES_DEPARTEMENTS.filter((c) => named.has(c))
        .map((c) => `/territoires/${c.toLowerCase()}/`)
        .sort(),
    );
    expect(links.length).toBe(named.size);
    for (const a of links) {
      const code = a.getAttribute('href')!.split('/')[2]!.toUpperCase();
      expect(a.getAttribute('aria-label')).toMatch(new RegExp(`^${departement(code)!.nom} : \\d+ [a-zé]+`));
    }
  });

  test('has a marker link for each record with coordinates, and a legend that says what is counted', () => {
    const markerLinks = hrefs(svg, 'a').filter((h) => !h.startsWith('/territoires/'));
    expect(markerLinks.sort()).toEqual(located.map((r) => `/${r.collection}/${r.slug}/`).sort());
    expect(doc.querySelector('main figcaption')?.textContent).toMatch(/Nombre de ressources .* nomme le département/);
  });

  test('follows the map with the same départements as a list of links', () => {
    const list = hrefs(doc.querySelector('main .carte-liste')!);
    expect(list.sort()).toEqual([...named].map((c) => `/territoires/${c}/`).sort());
  });

  test('loads no map library at first paint, and no other page loads it at all', () => {
    const html = readFileSync(path.join(MAIN_DIST, 'carte/index.html'), 'utf8');
    expect(html).not.toMatch(/maplibre-gl[.-]|interactive-map\./);
    for (const route of allRoutes().filter((r) => r !== '/carte/')) {
      const page = readFileSync(path.join(MAIN_DIST, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8');
      expect(page, route).not.toMatch(/maplibre-gl|interactive-map|data-carte-afficher/);
    }
  });

  test('writes /carte/donnees.json with the 101 outlines and every published record', () => {
    const payload = JSON.parse(readFileSync(path.join(MAIN_DIST, 'carte/donnees.json'), 'utf8')) as MapPayload;
    expect(departementFeatures(payload).features).toHaveLength(101);
    expect(payload.fiches).toHaveLength(content.records.filter((r) => !(r.data as { brouillon?: boolean }).brouillon).length);
    expect(payload.fiches.filter((f) => f[3] !== null)).toHaveLength(located.length);
  });
});

describe('small maps', () => {
  test('the home page has the map teaser, linking to /carte/, under 15 KB', () => {
    const teaser = readPage('/').querySelector('main .map-teaser')!;
    expect(teaser.querySelector('a')?.getAttribute('href')).toBe('/carte/');
    const svg = teaser.querySelector('svg.france-map')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.outerHTML.length).toBeLessThan(15_000);
  });

  test('a record page highlights its départements on a shared mini-map image under 15 KB, one without département has none', () => {
    const withDep = content.records.find((r) => ((r.data as { departements?: string[] }).departements ?? []).length > 0)!;
    const codes = (withDep.data as { departements: string[] }).departements;
    const img = readPage(`/${withDep.collection}/${withDep.slug}/`).querySelector('main .mini-map img')!;
    expect(img.getAttribute('alt')).toContain(departement(codes[0]!)!.nom);
    const src = img.getAttribute('src')!;
    expect(src).toMatch(/^\/carte\/mini\/[0-9ab-]+\.svg$/);
    const svg = readFileSync(path.join(MAIN_DIST, src), 'utf8');
    expect(svg).toContain(`<title id="mini-carte-titre">${departement(codes[0]!)!.nom.replace(/'/g, "'")}`);
    expect(svg).toContain('fill="#000091"');
    expect(svg.length).toBeLessThan(15_000);
    // Every record page's image exists: one file per set of départements, shared.
    for (const r of content.records) {
      const mini = readPage(`/${r.collection}/${r.slug}/`).querySelector('main .mini-map img');
      if (mini) expect(readFileSync(path.join(MAIN_DIST, mini.getAttribute('src')!), 'utf8')).toMatch(/^<svg /);
    }
    const national = content.records.find(
      (r) => r.collection !== 'evenements' && ((r.data as { departements?: string[] }).departements ?? []).length === 0,
    );
    // The repository has records with no département (national actors): they must exist for this check.
    expect(national).toBeDefined();
    expect(readPage(`/${national!.collection}/${national!.slug}/`).querySelector('main .mini-map')).toBeNull();
  });
});

/** Pixels of a PNG that differ from a colour, counted in a blank page (no CSP there). */
async function pixelsUnlike(browser: Browser, png: Buffer, rgb: [number, number, number]): Promise<{ total: number; other: number }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ data, rgb }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        let other = 0;
        for (let i = 0; i < px.length; i += 4) {
          if (Math.abs(px[i]! - rgb[0]) + Math.abs(px[i + 1]! - rgb[1]) + Math.abs(px[i + 2]! - rgb[2]) > 12) other++;
        }
        return { total: px.length / 4, other };
      },
      { data: png.toString('base64'), rgb },
    );
  } finally {
    await page.close();
  }
}

describe.skipIf(!HAS_BROWSER)('/carte/ in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let violations: string[] = [];

  beforeAll(async () => {
    server = await serveSite(MAIN_DIST);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch = watchPage(page);
    violations = await watchCsp(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function startMap(url: string, click: boolean): Promise<void> {
    await page.goto(url);
    if (click) await page.getByRole('button', { name: 'Afficher la carte interactive' }).click();
    await page.waitForSelector('[data-carte][data-etat="interactive"]', { timeout: 60_000 });
    // Let maplibre draw the tiles of the first view.
    await page.waitForFunction(() => document.querySelector('.maplibregl-canvas') !== null);
    await page.waitForTimeout(500);
  }

  test('the SVG map is there before any script, and the button switches to a drawn canvas', async () => {
    await page.goto(`${server.url}/carte/`);
    expect(await page.locator('main svg.france-map a').count()).toBeGreaterThanOrEqual(named.size);
    await startMap(`${server.url}/carte/`, true);
    expect(await page.locator('main svg.france-map').isVisible()).toBe(false);
    const canvas = page.locator('.maplibregl-canvas');
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // Background is #dfe9f2: France's départements and their borders must cover a good part of the view.
    const { total, other } = await pixelsUnlike(browser, await canvas.screenshot(), [0xdf, 0xe9, 0xf2]);
    expect(other / total).toBeGreaterThan(0.15);
    expect(page.url()).toMatch(/#[\d.]+\/[\d.]+\/-?[\d.]+$/);
  });

  test('a marker is a button that opens a popup with title, summary and link, by click or Enter', async () => {
    const record = located[0]!;
    const marker = page.locator('button.carte-marqueur:not(.carte-marqueur--groupe)').first();
    // With one located record there is no cluster; with several close ones, a cluster zooms in first.
    const clusters = page.locator('button.carte-marqueur--groupe');
    for (let i = 0; i < 5 && (await marker.count()) === 0 && (await clusters.count()) > 0; i++) {
      await clusters.first().click();
      await page.waitForTimeout(800);
    }
    await expect.poll(() => marker.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    await expect.poll(() => popup.locator('.carte-popup__resume').textContent()).toBe(record.data.resume);
    expect(await popup.locator('.carte-popup__titre').textContent()).toBe(record.data.titre);
    expect(await popup.locator('a').getAttribute('href')).toBe(`/${record.collection}/${record.slug}/`);
    await popup.locator('.maplibregl-popup-close-button').click();
    await marker.click();
    await popup.waitFor();
  });

  test('filters change the markers, the shading and the URL; the URL brings the same view back', async () => {
    const record = located[0]!;
    const other = ['cooperations', 'acteurs', 'pratiques', 'evenements'].find((c) => c !== record.collection)!;
    const markers = page.locator('button.carte-marqueur');
    const before = await markers.count();
    const status = await page.locator('[data-carte-etat]').textContent();
    await page.getByLabel('Type de ressource').selectOption(other);
    await expect.poll(() => page.url()).toContain(`?type=${other}`);
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBeLessThan(before);
    expect(await page.locator('[data-carte-etat]').textContent()).not.toBe(status);
    await page.getByLabel('Type de ressource').selectOption(record.collection);
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBeGreaterThan(0);

    const shared = page.url();
    const hash = new URL(shared).hash;
    await startMap(shared, false);
    expect(await page.getByLabel('Type de ressource').inputValue()).toBe(record.collection);
    expect(new URL(page.url()).hash).toBe(hash);
    expect(new URL(page.url()).search).toBe(`?type=${record.collection}`);
  });

  test('nothing left localhost, nothing failed, no CSP violation, no console error', () => {
    // One object, so that a failure shows every problem at once.
    expect({ external: watch.externalRequests, failed: watch.failedRequests, csp: violations, console: watch.consoleErrors }).toEqual({
      external: [],
      failed: [],
      csp: [],
      console: [],
    });
    expect(watch.requests.some((r) => r.url().endsWith('/carte/donnees.json'))).toBe(true);
  });
});
