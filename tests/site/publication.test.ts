// The build the deploy workflow runs (`npm run build:publication`): it refuses development
// settings, and with the settings filled and the site under a sub-path (BASE_PATH) its dist/
// names no local address, has no broken link, and search, map and form work in Chromium.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_BROWSER, launchBrowser, watchCsp, watchPage } from '../helpers/browser.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { checkDistLinks, formatLinkProblems } from '../helpers/quality.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const BASE = '/centre-de-ressources/';
const SETTINGS = {
  SITE_URL: 'https://cooperations.asso-exemplaire.fr',
  BASE_PATH: BASE,
  REPO_URL: 'https://github.com/asso-exemplaire/centre-de-ressources',
  EDITEUR: 'Association exemplaire du test, 1 rue du Test, 22000 Saint-Brieuc ; responsable de la publication : la présidente',
  HEBERGEUR: 'Hébergeur du test, 2 rue du Test, 22000 Saint-Brieuc, 01 02 03 04 05',
  CONTACT_EMAIL: 'contact@asso-exemplaire.fr',
};
const UNSET = Object.fromEntries([...Object.keys(SETTINGS), 'CARTE_FOND', 'RELAY_URL'].map((k) => [k, '']));

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
}

describe('npm run build:publication', () => {
  test('refuses the development settings of a fresh clone, naming each one in French', () => {
    const result = buildSite({ publication: true, env: UNSET });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Publication impossible : 5 réglages manquent ou sont incorrects/);
    for (const name of ['SITE_URL', 'REPO_URL', 'EDITEUR', 'HEBERGEUR', 'CONTACT_EMAIL'])
      expect(result.stderr).toMatch(new RegExp(`- ${name} manque`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    rmSync(result.outDir, { recursive: true, force: true });
  });

  test('refuses a site address on this computer', () => {
    const result = buildSite({ publication: true, env: { ...SETTINGS, SITE_URL: 'http://localhost:4321' } });
    expect(result.stderr).toMatch(/SITE_URL désigne cet ordinateur/);
    expect(result.status).not.toBe(0);
    rmSync(result.outDir, { recursive: true, force: true });
  });
});

describe('a publication build under a sub-path', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ publication: true, env: { ...UNSET, ...SETTINGS } });
    if (build.status !== 0) throw new Error(`La construction de publication a échoué :\n${build.stdout}\n${build.stderr}`);
  });
  afterAll(() => {
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  test('names no local address in any file', () => {
    const files = filesOf(build.outDir);
    expect(files.length).toBeGreaterThan(50);
    const local = files.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(path.join(build.outDir, f), 'latin1')));
    expect(local).toEqual([]);
  });

  test('every internal link, asset and fragment resolves under the base path', () => {
    const problems = checkDistLinks(build.outDir, SETTINGS.SITE_URL, BASE);
    expect(problems, formatLinkProblems(problems)).toEqual([]);
  });

  test('feeds, sitemap, exports and the legal notice use the public address and the settings', () => {
    const read = (f: string) => readFileSync(path.join(build.outDir, f), 'utf8');
    expect(read('sitemap.xml')).toContain(`<loc>${SETTINGS.SITE_URL}${BASE}</loc>`);
    expect(read('rss.xml')).toContain(`${SETTINGS.SITE_URL}${BASE}rss.xml`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SETTINGS.SITE_URL}${BASE}sitemap.xml`);
    expect(read('_headers')).toMatch(new RegExp(`^${BASE}\\*$`, 'm'));
    // Addresses outside the link checker's reach: link previews' picture.
    expect(read('index.html')).toContain(`<meta property="og:image" content="${SETTINGS.SITE_URL}${BASE}og-image.png">`);
    const legal = read('mentions-legales/index.html');
    for (const value of [SETTINGS.HEBERGEUR, SETTINGS.CONTACT_EMAIL, 'Association exemplaire du test']) expect(legal).toContain(value);
    expect(legal).not.toContain('non renseigné');
  });

  describe.skipIf(!HAS_BROWSER)('in Chromium', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveDist(build.outDir, BASE);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function open(route: string): Promise<{ page: Page; problems: () => string[] }> {
      const page = await browser.newPage();
      const watch = watchPage(page);
      const violations = await watchCsp(page);
      await page.goto(`${server.url}${BASE}${route}`);
      return { page, problems: () => [...watch.consoleErrors, ...watch.failedRequests, ...watch.externalRequests, ...violations] };
    }

    test('search finds records and links to them under the base path', async () => {
      const { page, problems } = await open('recherche/?q=isolement');
      await page.waitForFunction(
        () =>
          document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false' &&
          document.querySelectorAll('[data-results] h2 a').length > 0,
      );
      const hrefs = await page.$$eval('[data-results] h2 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href.startsWith(BASE), href).toBe(true);
      expect(problems()).toEqual([]);
      await page.close();
    });

    test('the interactive map loads its data and draws', async () => {
      const { page, problems } = await open('carte/');
      await page.getByRole('button', { name: 'Afficher la carte interactive' }).click();
      await page.waitForSelector('[data-carte][data-etat="interactive"]', { timeout: 60_000 });
      await page.waitForSelector('.maplibregl-canvas');
      expect(problems()).toEqual([]);
      await page.close();
    });

    test('the proposal form runs its checks', async () => {
      const { page, problems } = await open('contribuer/proposer/acteurs/');
      await page.click('#proposal button[type=submit]');
      await page.locator('#error-summary').waitFor({ state: 'visible' });
      expect(problems()).toEqual([]);
      await page.close();
    });
  });
});
