// The site's quality checks, shared by the test of the build (tests/site/quality-*.test.ts)
// and the tests that show each check catches its defect (tests/site/quality-checkers.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { checkLinks, type LinkProblem, type SitePage } from './link-check.ts';
import { watchPage } from './browser.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// ---------- Files of a build ----------

/** Every file of a build, as `/path/name.ext`. */
export function distFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`/${path.relative(dist, p).split(path.sep).join('/')}`);
    }
  };
  walk(dist);
  return out.sort();
}

/** Every HTML page of a build, as a route to visit (`/acteurs/`, `/404.html`). */
export function htmlRoutes(dist: string): string[] {
  return distFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/(^|\/)index\.html$/, '$1'));
}

/**
 * The routes the browser visits: all of them for a site of a few hundred pages; beyond, every list
 * or hub page (one folder deep) and a sample of each record type (first, middle and last few).
 */
export function routesToVisit(routes: string[], max = 300, perType = 5): string[] {
  if (routes.length <= max) return routes;
  const hubs = routes.filter((r) => r.split('/').filter(Boolean).length <= 1);
  const byType = new Map<string, string[]>();
  for (const r of routes.filter((x) => !hubs.includes(x))) {
    const type = r.split('/')[1] ?? '';
    byType.set(type, [...(byType.get(type) ?? []), r]);
  }
  const sample = [...byType.values()].flatMap((list) => {
    const picks = new Set([...list.slice(0, 2), list[Math.floor(list.length / 2)]!, ...list.slice(-2)]);
    return [...picks].slice(0, perType);
  });
  return [...hubs, ...sample].sort();
}

// ---------- Links ----------

/**
 * `base`: the sub-path the build is served under (BASE_PATH): its files answer only under that
 * prefix, so a link written without it is reported as broken.
 */
export function checkDistLinks(dist: string, siteUrl?: string, base = '/'): LinkProblem[] {
  const files = distFiles(dist).map((f) => `${base}${f.slice(1)}`);
  const pages: SitePage[] = files
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(path.join(dist, file.slice(base.length)), 'utf8') }));
  return checkLinks(pages, new Set(files), { siteUrl });
}

/** One line per broken reference, with the pages it appears on (a broken menu link is on every page). */
export function formatLinkProblems(problems: LinkProblem[]): string {
  const groups = new Map<string, string[]>();
  for (const p of problems) {
    const key = `${p.where} « ${p.url} » — ${p.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), p.page]);
  }
  return [...groups]
    .map(([key, pages]) => `${key}\n    sur ${pages.length} page(s) : ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? '…' : ''}`)
    .join('\n');
}

// ---------- HTML validity ----------

export interface HtmlError {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/** html-validate's errors, with the repository's .htmlvalidate.mjs, for HTML files of a build. */
export async function validateHtml(dist: string, files = distFiles(dist).filter((f) => f.endsWith('.html'))): Promise<HtmlError[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const errors: HtmlError[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(dist, file));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) errors.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return errors;
}

export function formatHtmlErrors(errors: HtmlError[]): string {
  return errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule} — ${e.message}`).join('\n');
}

// ---------- In the browser ----------

export interface PageReport {
  route: string;
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  cspViolations: string[];
  axeViolations: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

declare global {
  interface Window {
    __cspViolations?: string[];
    axe?: { run(ctx: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
  }
}
interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

/**
 * One tab that visits pages in turn and records, for each, console errors, failed requests,
 * requests to other hosts (blocked, never sent), Content-Security-Policy violations and axe's findings.
 */
export class QualityTab {
  readonly page: Page;
  private readonly watch;
  private inFlight = 0;

  private constructor(page: Page) {
    this.page = page;
    this.watch = watchPage(page);
    page.on('request', () => this.inFlight++);
    page.on('requestfinished', () => this.inFlight--);
    page.on('requestfailed', () => this.inFlight--);
  }

  static async open(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<QualityTab> {
    const context = await browser.newContext({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris', serviceWorkers: 'block' });
    // The privacy promise, enforced: nothing leaves the machine, and the test sees every attempt.
    await context.route(
      (url) => !LOCAL_HOSTS.has(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
      (route) => route.abort('blockedbyclient'),
    );
    // Runs before the page's own scripts, so that a violation during loading is seen.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations?.push(
          `${e.effectiveDirective} a bloqué ${e.blockedURI || '(inline)'} (${e.sourceFile || 'page'}:${e.lineNumber}) ${e.sample ?? ''}`.trim(),
        );
      });
    });
    return new QualityTab(await context.newPage());
  }

  private reset(): void {
    for (const list of [this.watch.consoleErrors, this.watch.failedRequests, this.watch.externalRequests, this.watch.requests])
      list.splice(0);
  }

  async goto(url: string): Promise<void> {
    this.reset();
    await this.page.goto(url, { waitUntil: 'load' });
    await this.settle();
  }

  /** Waits until no request has been in flight for a moment (lazy scripts, search index, map data). */
  async settle(quietMs = 150, maxMs = 15_000): Promise<void> {
    const start = Date.now();
    let quietSince = Date.now();
    while (Date.now() - start < maxMs) {
      if (this.inFlight > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async axe(): Promise<string[]> {
    // Evaluated through the DevTools protocol, which the page's CSP does not apply to.
    if (!(await this.page.evaluate(() => Boolean(window.axe)))) await this.page.evaluate(AXE_SOURCE);
    const { violations } = await this.page.evaluate(
      (tags) => window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      AXE_TAGS,
    );
    return violations.map(
      (v) =>
        `[${v.impact}] ${v.id} : ${v.help} (${v.helpUrl})\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n')}`,
    );
  }

  async report(route: string): Promise<PageReport> {
    const cspViolations = await this.page.evaluate(() => window.__cspViolations ?? []);
    return {
      route,
      consoleErrors: [...this.watch.consoleErrors],
      failedRequests: [...this.watch.failedRequests].filter((r) => !/blockedbyclient|ERR_BLOCKED_BY_CLIENT/i.test(r)),
      externalRequests: [...this.watch.externalRequests],
      cspViolations,
      axeViolations: await this.axe(),
    };
  }

  /**
   * WCAG 1.4.10 (reflow): at 320 CSS pixels wide the page must not scroll sideways; wide content
   * (tables, maps) scrolls in its own box. Returns the elements that stick out, if the page does.
   */
  async reflow(width = 320): Promise<string[]> {
    const viewport = this.page.viewportSize();
    await this.page.setViewportSize({ width, height: 800 });
    // Let resize observers (the map's canvas) catch up before measuring.
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
    );
    const overflow = await this.page.evaluate((w) => {
      if (document.documentElement.scrollWidth <= w) return [];
      const describe = (el: Element) =>
        `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      // The outermost elements that reach past the edge, each with its right edge.
      const out = [...document.body.querySelectorAll('*')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > w + 1 && r.width > 0 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > w + 1);
      });
      return out.slice(0, 5).map((el) => `${describe(el)} (jusqu’à ${Math.round(el.getBoundingClientRect().right)} px)`);
    }, width);
    if (viewport) await this.page.setViewportSize(viewport);
    return overflow.map((o) => `à ${width} px de large, la page défile de côté : ${o}`);
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

export function reportProblems(r: PageReport): string[] {
  return [
    ...r.consoleErrors.map((m) => `erreur de console : ${m}`),
    ...r.failedRequests.map((m) => `requête en échec : ${m}`),
    ...r.externalRequests.map((m) => `requête vers un autre site : ${m}`),
    ...r.cspViolations.map((m) => `violation de la CSP : ${m}`),
    ...r.axeViolations.map((m) => `axe : ${m}`),
  ];
}

// ---------- Keyboard ----------

export interface KeyboardReport {
  /** Problems with the skip link, in French. */
  skipLink: string[];
  /** Interactive elements Tab never reached. */
  unreachable: string[];
  /** Elements that looked the same focused and not focused. */
  invisibleFocus: string[];
}

/**
 * Presses Tab from the top of the page: the skip link must come first and move focus to the main
 * content; every visible link, button and field must then be reached, and look different when focused.
 */
export async function checkKeyboard(page: Page, maxTabs = 1000): Promise<KeyboardReport> {
  const report: KeyboardReport = { skipLink: [], unreachable: [], invisibleFocus: [] };
  // Describe every interactive element and its look when not focused.
  const expected = await page.evaluate(() => {
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    };
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    (document.activeElement as HTMLElement | null)?.blur();
    return (
      [...document.querySelectorAll(selector)]
        // A link or button with tabindex="-1" is a defect, unless hidden from assistive technology too.
        .filter(
          (el) =>
            !(el as HTMLButtonElement).disabled &&
            el.checkVisibility({ visibilityProperty: true }) &&
            !el.closest('[inert], [aria-hidden="true"]'),
        )
        .map((el, i) => {
          // Tab stops once per radio group (arrows move inside it): the group is one control.
          const radio =
            el instanceof HTMLInputElement && el.type === 'radio' && el.name ? `radio:${el.form?.id ?? ''}:${el.name}` : undefined;
          el.setAttribute('data-qa-tab', radio ?? String(i));
          return {
            index: radio ?? String(i),
            label: `${el.localName}${el.id ? `#${el.id}` : ''} « ${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 60)} »`,
            look: look(el),
          };
        })
    );
  });
  const byIndex = new Map(expected.map((e) => [e.index, e]));
  const controls = [...byIndex.values()];

  // The skip link: first stop, then into <main>.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    const href = el?.getAttribute('href') ?? '';
    const rect = el?.getBoundingClientRect();
    const main = document.querySelector('main');
    // A page with nothing repeated before its content (an embeddable widget) needs no skip link.
    const blocksBefore = [...document.querySelectorAll('header, nav')].some((b) => !main?.contains(b));
    return {
      href,
      blocksBefore,
      text: el?.textContent?.trim() ?? '',
      visible: Boolean(rect && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight),
    };
  });
  if (!first.blocksBefore && !first.href.startsWith('#')) {
    // nothing to skip
  } else if (!first.href.startsWith('#'))
    report.skipLink.push(`le premier arrêt de Tab n’est pas un lien d’évitement (« ${first.text} », ${first.href || 'sans href'})`);
  else {
    if (!first.visible) report.skipLink.push('le lien d’évitement reste invisible quand il a le focus');
    await page.keyboard.press('Enter');
    const inMain = await page.evaluate(() => {
      const main = document.querySelector('main');
      return Boolean(main && document.activeElement && main.contains(document.activeElement));
    });
    if (!inMain) report.skipLink.push(`le lien d’évitement (${first.href}) ne place pas le focus dans <main>`);
  }

  // Tab through the whole page from the top.
  // Blurring keeps the browser's starting point for Tab; focusing an untabbable element at the
  // very top of the body moves it back to the start.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
  });
  // Each focus is recorded in the page as it happens (index and look), and Tab is pressed in
  // batches: one round trip per batch instead of one per control.
  await page.evaluate(() => {
    const log: Array<{ index: string | null; look: string }> = [];
    (window as unknown as { __qaFocus: typeof log }).__qaFocus = log;
    document.addEventListener(
      'focusin',
      (e) => {
        const el = e.target as Element;
        const s = getComputedStyle(el);
        log.push({ index: el.getAttribute('data-qa-tab'), look: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}` });
      },
      true,
    );
  });
  const reached = new Set<string>();
  let previous: string | null = null;
  let seen = 0;
  let done = false;
  // Date and time fields take one Tab per part (day, month, year).
  const limit = Math.min(maxTabs, controls.length * 3 + 10);
  for (let pressed = 0; pressed < limit && !done;) {
    for (let i = 0; i < 20 && pressed < limit; i++, pressed++) await page.keyboard.press('Tab');
    const { log, onBody } = await page.evaluate(() => ({
      log: (window as unknown as { __qaFocus: Array<{ index: string | null; look: string }> }).__qaFocus,
      onBody: !document.activeElement || document.activeElement === document.body,
    }));
    for (const now of log.slice(seen)) {
      if (now.index === null) continue; // focus went into something we did not list (e.g. a map canvas)
      if (now.index === previous) continue; // the next part of the same field
      if (reached.has(now.index)) {
        done = true;
        break;
      } // round the page once
      previous = now.index;
      reached.add(now.index);
      const before = byIndex.get(now.index);
      if (before && before.look === now.look) report.invisibleFocus.push(before.label);
    }
    seen = log.length;
    if (onBody && reached.size > 0) done = true; // past the last control
  }
  // Controls a script replaced meanwhile (search results) are not counted against the page.
  const stillThere = new Set(
    await page.evaluate(() => [...document.querySelectorAll('[data-qa-tab]')].map((el) => el.getAttribute('data-qa-tab') ?? '')),
  );
  report.unreachable = controls.filter((e) => !reached.has(e.index) && stillThere.has(e.index)).map((e) => e.label);
  return report;
}

export function keyboardProblems(r: KeyboardReport): string[] {
  return [
    ...r.skipLink,
    ...r.unreachable.map((l) => `inaccessible au clavier : ${l}`),
    ...r.invisibleFocus.map((l) => `focus invisible : ${l}`),
  ];
}
