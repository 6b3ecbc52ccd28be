// The built site served by Debian's nginx with deploy/site.conf: every header on every kind of
// path, the site's 404 page with its status, caching, types and compression; the embeds in a
// frame of another origin; and the same headers in dist/_headers. The browser tests (quality,
// search, map, form) also run through nginx (tests/helpers/nginx.ts, serveSite).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headerRules, headersFile, nginxSiteConf } from '../../src/lib/site/headers.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { MAIN_DIST, ROOT } from '../helpers/build.ts';
import { HAS_NGINX, SITE_CONF, serveWithNginx } from '../helpers/nginx.ts';
import { htmlRoutes } from '../helpers/quality.ts';
import type { StaticServer } from '../helpers/server.ts';

const first = (dir: string, pattern: RegExp): string => {
  const name = readdirSync(path.join(MAIN_DIST, dir)).find((f) => pattern.test(f));
  if (!name) throw new Error(`aucun fichier ${pattern} dans ${dir}`);
  return `/${dir}/${name}`;
};

describe('deploy/site.conf', () => {
  test('is what `npm run deploy:nginx` writes from src/lib/site/headers.ts', () => {
    expect(readFileSync(SITE_CONF, 'utf8')).toBe(nginxSiteConf(headerRules()));
  });

  test('deploy/nginx.conf includes it in its HTTPS server block', () => {
    const conf = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
    expect(conf).toMatch(/listen 443 ssl/);
    expect(conf).toMatch(/include \/etc\/nginx\/snippets\/cooperations-site\.conf;/);
    expect(conf).toMatch(/return 301 https:\/\/\$host\$request_uri;/);
  });
});

describe('dist/_headers', () => {
  /** `_headers` as pattern → header → value, with `! Name` detaching an earlier value. */
  function parseHeaders(text: string): Map<string, Record<string, string>> {
    const out = new Map<string, Record<string, string>>();
    let current: Record<string, string> | undefined;
    for (const line of text.split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      if (!line.startsWith(' ')) out.set(line.trim(), (current = {}));
      else if (current && !line.trim().startsWith('!')) {
        const [name, ...value] = line.trim().split(': ');
        current[name as string] = value.join(': ');
      }
    }
    return out;
  }

  test('is written by the build and says for each kind of path what nginx sends there', () => {
    const text = readFileSync(path.join(MAIN_DIST, '_headers'), 'utf8');
    expect(text).toBe(headersFile(headerRules()));
    const parsed = parseHeaders(text);
    const conf = readFileSync(SITE_CONF, 'utf8');
    const [general, ...specific] = headerRules();
    for (const rule of [general!, ...specific]) {
      // nginx: the block of this rule's location, with its add_header lines.
      const block = conf.slice(conf.indexOf(`location ${rule.location} {`)).split('\n}')[0]!;
      const nginx = Object.fromEntries(
        [...block.matchAll(/add_header (\S+) "(.*)" always;/g)].map((m) => [m[1], m[2]!.replace(/\\"/g, '"')]),
      );
      for (const pattern of rule.patterns) {
        const effective = { ...parsed.get('/*'), ...parsed.get(pattern) };
        expect(effective, `${pattern} dans _headers`).toEqual(nginx);
      }
    }
  });
});

describe.skipIf(!HAS_NGINX)('the site served by nginx with deploy/site.conf', () => {
  let server: StaticServer & { errorLog: () => string };
  const get = (p: string, headers: Record<string, string> = {}) => fetch(server.url + p, { redirect: 'manual', headers });

  beforeAll(async () => {
    server = await serveWithNginx(MAIN_DIST);
  });
  afterAll(async () => {
    await server?.close();
  });

  const embed = () =>
    `/integrer/${readdirSync(path.join(MAIN_DIST, 'integrer'), { withFileTypes: true }).find((e) => e.isDirectory())!.name}/`;
  const kinds = () => [
    { path: '/', embeddable: false, immutable: false },
    {
      path: htmlRoutes(MAIN_DIST).find((r) => r.split('/').length === 4 && r.startsWith('/acteurs/'))!,
      embeddable: false,
      immutable: false,
    },
    { path: '/integrer/', embeddable: false, immutable: false },
    { path: '/recherche/', embeddable: false, immutable: false },
    { path: '/recherche/index.html', embeddable: false, immutable: false },
    { path: embed(), embeddable: true, immutable: false },
    { path: `${embed()}index.html`, embeddable: true, immutable: false },
    { path: '/page-qui-n-existe-pas/', embeddable: false, immutable: false },
    { path: first('_astro', /\.css$/), embeddable: false, immutable: true },
    { path: first('_astro', /\.js$/), embeddable: false, immutable: true },
    { path: first('pagefind/fragment', /\.pf_fragment$/), embeddable: false, immutable: true },
    { path: '/pagefind/pagefind.js', embeddable: false, immutable: false },
    { path: '/pagefind/pagefind-worker.js', embeddable: false, immutable: false },
    { path: '/agenda.ics', embeddable: false, immutable: false },
    { path: '/donnees/lieux.geojson', embeddable: false, immutable: false },
    { path: '/rss.xml', embeddable: false, immutable: false },
  ];

  test('every kind of path gets every header, with frame-ancestors relaxed only on the embeds and WebAssembly only on the search page', async () => {
    for (const kind of kinds()) {
      const response = await get(kind.path);
      const h = (name: string) => response.headers.get(name);
      const where = `${kind.path} (${response.status})`;
      expect(h('content-security-policy'), where).toContain("default-src 'self'");
      expect(h('content-security-policy'), where).toContain("object-src 'none'");
      expect(h('content-security-policy'), where).toMatch(kind.embeddable ? /frame-ancestors \*$/ : /frame-ancestors 'self'$/);
      // Only the search page and its worker may compile WebAssembly (Pagefind).
      expect(h('content-security-policy')?.includes("'wasm-unsafe-eval'"), where).toBe(
        kind.path.startsWith('/recherche/') || kind.path === '/pagefind/pagefind-worker.js',
      );
      expect(h('strict-transport-security'), where).toBe('max-age=31536000');
      expect(h('x-content-type-options'), where).toBe('nosniff');
      expect(h('referrer-policy'), where).toBe('same-origin');
      expect(h('permissions-policy'), where).toContain('geolocation=()');
      expect(h('cache-control'), where).toBe(kind.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });

  test('a missing page is the site’s own 404 page, with the 404 status', async () => {
    const response = await get('/page-qui-n-existe-pas/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(path.join(MAIN_DIST, '404.html'), 'utf8'));
  });

  test('a folder without its final slash is redirected to it, with a relative address', async () => {
    const response = await get('/carte');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/carte/');
  });

  test('agendas, geographic data, feeds and pages have their types', async () => {
    const types: Record<string, RegExp> = {
      '/agenda.ics': /^text\/calendar; charset=utf-8$/,
      '/donnees/lieux.geojson': /^application\/geo\+json; charset=utf-8$/,
      '/donnees/lieux.schema.json': /^application\/json; charset=utf-8$/,
      '/rss.xml': /^(application|text)\/(rss\+)?xml/,
      '/': /^text\/html; charset=utf-8$/,
      [first('_astro', /\.js$/)]: /^application\/javascript; charset=utf-8$/,
      // The map's worker: a browser refuses a worker of another type under nosniff.
      [first('_astro', /\.mjs$/)]: /^application\/javascript; charset=utf-8$/,
    };
    for (const [p, type] of Object.entries(types)) expect((await get(p)).headers.get('content-type'), p).toMatch(type);
  });

  test('text is compressed for browsers that accept gzip', async () => {
    for (const p of ['/', first('_astro', /\.css$/), first('_astro', /\.js$/), '/carte/donnees.json', '/agenda.ics']) {
      const response = await get(p, { 'accept-encoding': 'gzip' });
      expect(response.headers.get('content-encoding'), p).toBe('gzip');
      expect(response.headers.get('vary'), p).toContain('Accept-Encoding');
    }
  });

  test('every HTML page carries its own <meta> policy, which keeps inline code to the hashed scripts and styles', () => {
    const missing = htmlRoutes(MAIN_DIST).filter((route) => {
      const file = path.join(MAIN_DIST, route.endsWith('/') ? `${route}index.html` : route);
      return !/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/.test(readFileSync(file, 'utf8'));
    });
    expect(missing).toEqual([]);
  });

  test('nginx logged no warning or error beyond the missing pages asked for', () => {
    const lines = server
      .errorLog()
      .split('\n')
      .filter((l) => l.trim() !== '' && !/No such file or directory/.test(l));
    expect(lines).toEqual([]);
  });

  describe.skipIf(!HAS_BROWSER)('in Chromium, framed by a page of another origin', () => {
    let browser: Browser;
    let host: Server;
    let hostUrl: string;
    beforeAll(async () => {
      browser = await launchBrowser();
      // Another port is another origin: the frame-ancestors check applies.
      host = createServer((req, res) => {
        const target = new URL(req.url ?? '/', 'http://x').searchParams.get('cadre') ?? '/';
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(`<!doctype html><title>Hôte</title><iframe src="${server.url}${target}" title="cadre"></iframe>`);
      });
      await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
      hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    });
    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => host?.close(resolve));
    });

    async function framedTitle(target: string): Promise<string> {
      const page = await browser.newPage();
      try {
        await page.goto(`${hostUrl}?cadre=${encodeURIComponent(target)}`);
        await page.waitForTimeout(500);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        return frame ? await frame.title().catch(() => '') : '';
      } finally {
        await page.close();
      }
    }

    test('an embed page shows inside the other site’s frame', async () => {
      const expected = parseHTML(readFileSync(path.join(MAIN_DIST, embed(), 'index.html'), 'utf8')).document.title;
      expect(expected).not.toBe('');
      expect(await framedTitle(embed())).toBe(expected);
    });

    test('any other page refuses to be framed by another site', async () => {
      const title = await framedTitle('/');
      expect(title).not.toMatch(/Coopérations/);
    });
  });
});
