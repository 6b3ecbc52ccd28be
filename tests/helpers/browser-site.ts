// A built site served on loopback and a headless Chromium, opened before the tests of the
// enclosing `describe` and closed after them: the setup most browser tests share.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface BrowserOnSite {
  /** Set once the `beforeAll` has run: read it inside tests, never at collection time. */
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Call inside a `describe.skipIf(!HAS_BROWSER)(…)`, so that no browser is asked for where there is none. */
export function browserOnSite(dist: string): BrowserOnSite {
  const opened: { browser?: Browser; server?: StaticServer } = {};
  beforeAll(async () => {
    opened.server = await serveDist(dist);
    opened.browser = await launchBrowser();
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} n’est pas encore ouvert : lisez-le dans un test, pas à la collecte.`);
    return value;
  };
  return {
    get browser() {
      return ready(opened.browser, 'Le navigateur');
    },
    get server() {
      return ready(opened.server, 'Le serveur');
    },
  };
}
