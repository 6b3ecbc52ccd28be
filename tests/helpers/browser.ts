// Headless Chromium from the system (Debian's chromium), driven by playwright-core.
// Without a browser the browser tests are skipped loudly, except in CI where they fail.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_BROWSER = existsSync(CHROMIUM_PATH);

if (!HAS_BROWSER) {
  const message = `Chromium introuvable (${CHROMIUM_PATH}) : les tests dans le navigateur ne peuvent pas tourner. Installez le paquet Debian « chromium » ou indiquez CHROMIUM_PATH.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n⚠️  ${message}\n   Ces tests sont IGNORÉS.\n`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // WebGL through SwiftShader, for the interactive map.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface PageWatch {
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  requests: Request[];
}

/** Records console errors, failed requests and any request that leaves localhost. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { consoleErrors: [], failedRequests: [], externalRequests: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(err.message));
  page.on('request', (req) => {
    watch.requests.push(req);
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      watch.externalRequests.push(req.url());
    }
  });
  page.on('requestfailed', (req) => watch.failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? ''})`));
  page.on('response', (res) => {
    if (res.status() >= 400) watch.failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  return watch;
}

/** Collects the page's Content-Security-Policy violations; call it before the first goto. */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}
