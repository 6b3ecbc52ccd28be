// The quality checks can fail: each hand-made page of tests/fixtures/quality carries one defect,
// and the check meant for it must report it; good.html carries none and must pass every check.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixture } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import {
  checkDistLinks,
  checkKeyboard,
  keyboardProblems,
  QualityTab,
  reportProblems,
  routesToVisit,
  validateHtml,
  type PageReport,
} from '../helpers/quality.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const DIR = fixture('quality');

describe('routesToVisit', () => {
  test('keeps every page of a site of a few hundred pages', () => {
    const routes = ['/', '/acteurs/', ...Array.from({ length: 200 }, (_, i) => `/acteurs/a-${i}/`)];
    expect(routesToVisit(routes)).toEqual(routes);
  });

  test('on a big site, keeps every list or hub page and a sample of each record type', () => {
    const records = (type: string) => Array.from({ length: 400 }, (_, i) => `/${type}/fiche-${String(i).padStart(3, '0')}/`);
    const hubs = ['/', '/acteurs/', '/carte/', '/pratiques/', '/recherche/', '/404.html'];
    const picked = routesToVisit([...hubs, ...records('acteurs'), ...records('pratiques')]);
    for (const hub of hubs) expect(picked).toContain(hub);
    for (const type of ['acteurs', 'pratiques']) {
      const sample = picked.filter((r) => r.startsWith(`/${type}/fiche-`));
      expect(sample.length).toBeGreaterThanOrEqual(3);
      expect(sample.length).toBeLessThanOrEqual(5);
      expect(sample).toContain(`/${type}/fiche-000/`);
      expect(sample).toContain(`/${type}/fiche-399/`);
    }
  });
});

describe('html-validate', () => {
  test('passes the defect-free page', async () => {
    expect(await validateHtml(DIR, ['/good.html'])).toEqual([]);
  });

  test('reports a duplicated id and a paragraph inside a list', async () => {
    const rules = (await validateHtml(DIR, ['/invalid.html'])).map((e) => e.rule);
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('element-permitted-content');
  });

  test('reports an image without a text alternative', async () => {
    expect((await validateHtml(DIR, ['/missing-alt.html'])).map((e) => e.rule)).toContain('wcag/h37');
  });
});

describe('link-check on files', () => {
  const problems = checkDistLinks(DIR);
  const on = (page: string) => problems.filter((p) => p.page === page).map((p) => p.url);

  test('passes the defect-free page', () => {
    expect(on('/good.html')).toEqual([]);
  });

  test('reports a link to a missing page and to a missing #fragment', () => {
    expect(on('/broken-link.html')).toEqual(['/nulle-part/', '/good.html#absent']);
  });

  test('reports a script taken from another host', () => {
    expect(on('/external-script.html')).toEqual(['https://cdn.exemple.invalid/suivi.js']);
  });
});

describe.skipIf(!HAS_BROWSER)('checks in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let tab: QualityTab;

  beforeAll(async () => {
    server = await serveDist(DIR);
    browser = await launchBrowser();
    tab = await QualityTab.open(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visit = async (file: string): Promise<PageReport> => {
    await tab.goto(`${server.url}/${file}`);
    return tab.report(file);
  };

  test('the defect-free page passes every check, in the page and with the keyboard', async () => {
    expect(reportProblems(await visit('good.html'))).toEqual([]);
    await tab.goto(`${server.url}/good.html`);
    expect(keyboardProblems(await checkKeyboard(tab.page))).toEqual([]);
  });

  test('axe reports text with too little contrast', async () => {
    const r = await visit('bad-contrast.html');
    expect(r.axeViolations.join('\n')).toContain('color-contrast');
    expect(r.axeViolations.join('\n')).toContain('<p class="pale">'); // the offending node is shown
  });

  test('axe reports an image without a text alternative', async () => {
    expect((await visit('missing-alt.html')).axeViolations.join('\n')).toContain('image-alt');
  });

  test('a script from another host is seen, blocked before it leaves the machine, and breaks the CSP', async () => {
    const r = await visit('external-script.html');
    expect(r.externalRequests).toEqual(['https://cdn.exemple.invalid/suivi.js']);
    expect(r.cspViolations.join('\n')).toContain('script-src');
  });

  test('a style attribute breaks the CSP', async () => {
    expect((await visit('inline-style.html')).cspViolations.join('\n')).toContain('style-src');
  });

  test('a broken link is a failed request once followed', async () => {
    await tab.goto(`${server.url}/nulle-part/`);
    expect((await tab.report('/nulle-part/')).failedRequests.join('\n')).toContain('HTTP 404');
  });

  test('a script error reaches the console errors', async () => {
    expect((await visit('console-error.html')).consoleErrors.join('\n')).toContain('laFonctionQuiNexistePas');
  });

  test('a focus ring removed without replacement is reported', async () => {
    await tab.goto(`${server.url}/no-focus-style.html`);
    const r = await checkKeyboard(tab.page);
    expect(r.invisibleFocus.join('\n')).toContain('Un lien dont le focus ne se voit pas');
  });

  test('a skip link to nowhere is reported', async () => {
    await tab.goto(`${server.url}/broken-skip-link.html`);
    expect((await checkKeyboard(tab.page)).skipLink.join('\n')).toContain('#absent');
  });

  test('a page wider than a 320 px screen is reported, a page that reflows is not', async () => {
    await tab.goto(`${server.url}/good.html`);
    expect(await tab.reflow()).toEqual([]);
    await tab.goto(`${server.url}/too-wide.html`);
    expect((await tab.reflow()).join('\n')).toContain('p.fixe');
  });

  test('a link and a button taken out of the Tab order are reported', async () => {
    await tab.goto(`${server.url}/unreachable.html`);
    const r = await checkKeyboard(tab.page);
    expect(r.unreachable.join('\n')).toContain('Un lien');
    expect(r.unreachable.join('\n')).toContain('un bouton');
  });
});
