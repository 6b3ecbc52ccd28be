// Every page of the build, in a real browser: no console error, no failed request, nothing asked
// of another host, no Content-Security-Policy violation, nothing for axe-core to report (WCAG 2.2 AA),
// a keyboard user can skip to the content and reach every control with a visible focus, and the
// page fits a 320 px wide screen without scrolling sideways.
// Pages are found by walking the build, so new pages are checked without touching this file.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { checkKeyboard, htmlRoutes, keyboardProblems, QualityTab, reportProblems, routesToVisit } from '../helpers/quality.ts';
import { serveSite } from '../helpers/nginx.ts';
import type { StaticServer } from '../helpers/server.ts';

/**
 * What a visitor does on pages whose script only runs on demand, so that their code runs (and
 * may break the CSP) while the test watches. Any page can also mark a control with
 * `data-quality-click`: the test clicks it before checking the page.
 */
const INTERACTIONS: Record<string, (page: Page) => Promise<void>> = {
  // Each control must be there: a missing one fails the page instead of skipping what it runs.
  '/recherche/': async (page) => {
    const field = page.getByRole('main').getByRole('searchbox', { name: 'Mots recherchés' });
    await field.fill('isolement', { timeout: 10_000 });
    await field.press('Enter');
  },
  '/carte/': async (page) => {
    await page.getByRole('button', { name: 'Afficher la carte interactive' }).click({ timeout: 10_000 });
  },
};

const routes = routesToVisit(htmlRoutes(MAIN_DIST));

describe.skipIf(!HAS_BROWSER)('every page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let tab: QualityTab;

  beforeAll(async () => {
    server = await serveSite(MAIN_DIST);
    browser = await launchBrowser();
    tab = await QualityTab.open(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the build has pages to check', () => {
    expect(routes).toContain('/');
    expect(routes.length).toBeGreaterThan(5);
  });

  // One visit per page: keyboard first (on the page as loaded), then what a visitor does, then
  // the report of everything that happened and axe on the final state.
  test.each(routes)(
    '%s: clean load, no off-site request, no CSP violation, nothing for axe, usable with the keyboard, fits 320 px',
    async (route) => {
      await tab.goto(server.url + route);
      const problems = keyboardProblems(await checkKeyboard(tab.page));
      const clicks = await tab.page.locator('[data-quality-click]').all();
      for (const el of clicks) await el.click();
      await INTERACTIONS[route]?.(tab.page);
      if (clicks.length > 0 || INTERACTIONS[route]) await tab.settle();
      problems.push(...reportProblems(await tab.report(route)), ...(await tab.reflow()));
      expect(problems, `${route}\n${problems.join('\n')}`).toEqual([]);
    },
  );
});
