// A build of every hostile record body we could think of (as .md records, the only
// kind the validator accepts): it succeeds, and in Chromium nothing runs (no dialog,
// no console marker), nothing is requested from another host (a beacon server on
// loopback counts hits), and nothing was written outside the output folder during the
// build. A failed build afterwards leaves that output folder byte for byte as it was.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, fixture, type BuildResult } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { readPage } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

const MARK = 'PRIS-7f3a';

/** Hostile bodies; `B` is the beacon's address, `S` the sentinel file a build-time expression would write. */
function bodies(B: string, S: string): string[] {
  const js = `alert('${MARK}');console.log('${MARK}');fetch('${B}/js')`;
  return [
    `<script>${js}</script>`,
    `<img src="x" onerror="${js}">`,
    `<svg onload="${js}"><circle r="1"/></svg>`,
    `<iframe src="javascript:${js}"></iframe>\n\n<iframe srcdoc="<script>${js}</script>"></iframe>`,
    `[lien](javascript:${encodeURI(js)}) [Lien](JaVaScRiPt:alert(1)) [tab](java\tscript:alert(1)) [vb](vbscript:msgbox(1)) [data](data:text/html,<script>${js}</script>)`,
    `![locale](/images/absente.png "titre" onerror="${js}")`,
    `<a href="javascript:${js}">clic</a> <a href="${B}/a" ping="${B}/ping">ping</a>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${js}">\n\n<base href="${B}/">\n\n[relatif](page-relative)`,
    `<form action="${B}/form"><button>envoyer</button></form>`,
    `<style>body{background:url(${B}/css)}</style>\n\n<link rel="stylesheet" href="${B}/x.css">`,
    `<javascript:alert(1)>\n\n<${B}/autolien>`,
    `[référence][r]\n\n[r]: javascript:alert(1)\n\n[autre][d]\n\n[d]: ${B}/def "titre"`,
    `Texte[^1].\n\n[^1]: Note <img src=x onerror="${js}">`,
    `| a | b |\n| - | - |\n| <img src=x onerror="${js}"> | <script>${js}</script> |`,
    `[entité](&#106;avascript:alert(1)) [hex](&#x6A;avascript:alert(1))`,
    `import fs from 'node:fs';\nexport const x = fs.writeFileSync('${S}', 'pris');\n\n{globalThis.process?.mainModule?.require('node:fs').writeFileSync('${S}', 'pris')}\n\n\\\`{require('node:fs').writeFileSync('${S}', 'pris')}\\\``,
    '```js `\n{require("node:fs").writeFileSync("' + S + '", "pris")}\n```\n\n<Composant onClick={() => alert(1)} />',
    `<object data="${B}/object"></object><embed src="${B}/embed">`,
    `<!-- <script>${js}</script> -->\n\n<![CDATA[<script>${js}</script>]]>`,
    `[titre piégé](https://exemple.fr "\\" onmouseover=\\"${js}")`,
    `<details open ontoggle="${js}"><summary>x</summary></details>`,
    `<video><source onerror="${js}"></video><audio src=x onerror="${js}"></audio>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${js}">`,
    `<noscript><p title="</noscript><img src=x onerror=${js}>"></noscript>`,
    `\u202Egnp.exe [lien](https://exemple.fr/\u200B)`,
    `<input autofocus onfocus="${js}">`,
    `<a href="  javascript:${js}">espaces</a> [espaces](  javascript:alert(1))`,
  ];
}

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('a build of hostile bodies', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'coop-hostile-build-'));
  const sentinel = path.join(work, 'ecrit-pendant-la-construction');
  const outDir = path.join(work, 'site');
  const hits: string[] = [];
  let beacon: Server;
  let base = '';
  let count = 0;
  let build: BuildResult;

  beforeAll(async () => {
    beacon = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => beacon.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(beacon.address() as AddressInfo).port}`;
    const hostile = bodies(base, sentinel);
    count = hostile.length;
    const changes: Record<string, string> = {};
    hostile.forEach((body, i) => {
      changes[`pratiques/corps-hostile-${i + 1}.md`] = VALID['pratiques/pratique-test.md']!.replace(
        'titre: Pratique de test',
        `titre: "Corps hostile ${i + 1} </title><script>alert('${MARK}')</script>"`,
      ).replace('Comment faire.\n', `${body}\n`);
    });
    const dir = makeContent(changes);
    // The good edge cases of the validator's fixtures build too (validate and build agree).
    for (const c of ['acteurs', 'cooperations', 'evenements']) {
      for (const name of readdirSync(fixture(`hostile-content/${c}`)).filter((n) => n.startsWith('bon-'))) {
        cpSync(fixture(`hostile-content/${c}/${name}`), path.join(dir, c, name));
      }
    }
    build = buildSite({ contentDir: dir, outDir });
  });

  afterAll(async () => {
    await new Promise((resolve) => beacon?.close(resolve));
    cleanContent();
    rmSync(work, { recursive: true, force: true });
  });

  test('succeeds, with every hostile page and every good edge case built', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    for (let i = 1; i <= count; i++) expect(existsSync(path.join(outDir, `pratiques/corps-hostile-${i}/index.html`))).toBe(true);
    for (const page of [
      'acteurs/bon-crlf',
      'acteurs/bon-bom',
      'acteurs/bon-nfd',
      'evenements/bon-soiree',
      'evenements/bon-plusieurs-jours',
      'cooperations/bon-idn',
      'cooperations/bon-ajaccio',
    ]) {
      expect(existsSync(path.join(outDir, page, 'index.html')), page).toBe(true);
    }
  });

  test('turns every hostile body into text: no handler, script, frame, form, style or javascript: link, even without the CSP', () => {
    for (let i = 1; i <= count; i++) {
      const doc = readPage(`/pratiques/corps-hostile-${i}/`, outDir);
      const article = doc.querySelector('article')!;
      const where = `corps-hostile-${i}`;
      expect(
        article.querySelectorAll(
          'script, iframe, object, embed, form, style, link, meta, base, svg, math, input, details, video, audio, noscript',
        ),
        where,
      ).toHaveLength(0);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on')),
      );
      expect(handlers, where).toEqual([]);
      const targets = [...doc.querySelectorAll('[href], [src], [action], [formaction], [data]')].flatMap((el) =>
        ['href', 'src', 'action', 'formaction', 'data'].map((a) => el.getAttribute(a) ?? ''),
      );
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters inside a scheme
      const controls = /[\u0000-\u0020]/g;
      expect(
        targets.filter((t) => /^\s*(javascript|vbscript|data):/i.test(t.replace(controls, ''))),
        where,
      ).toEqual([]);
      // Structured data (application/ld+json) is data, never run; it may quote the title.
      const runnable = [...doc.querySelectorAll('script')].filter((sc) => sc.getAttribute('type') !== 'application/ld+json');
      expect(
        runnable.filter((sc) => sc.textContent?.includes(MARK)),
        where,
      ).toEqual([]);
      for (const data of doc.querySelectorAll('script[type="application/ld+json"]'))
        expect(data.textContent, where).not.toMatch(/<\/script/i);
      expect(doc.querySelector('title')?.textContent, where).toContain('</title><script>');
    }
  });

  test('writes nothing outside the output folder', () => {
    expect(existsSync(sentinel)).toBe(false);
    expect(readdirSync(work).sort()).toEqual(['site', 'site-cache']);
  });

  test('an evening ending at 01:00 in Paris stays an evening', () => {
    const html = readFileSync(path.join(outDir, 'evenements/bon-soiree/index.html'), 'utf8');
    expect(html).toContain('datetime="2027-01-15T19:00:00.000Z"');
    expect(html).toMatch(/du vendredi 15 janvier 2027, 20[^<]* au samedi 16 janvier 2027, 1[^0-9]/);
  });

  describe.skipIf(!HAS_BROWSER)('in Chromium', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveDist(outDir);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('nothing runs and nothing is requested from another host', async () => {
      const dialogs: string[] = [];
      const marked: string[] = [];
      const offsite: string[] = [];
      const page = await browser.newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => {
        if (m.text().includes(MARK)) marked.push(m.text());
      });
      page.on('request', (r) => {
        if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) offsite.push(r.url());
      });
      for (let i = 1; i <= count; i++) {
        await page.goto(`${server.url}/pratiques/corps-hostile-${i}/`, { waitUntil: 'load' });
        // Focus and hover everything a handler could be waiting for.
        await page.keyboard.press('Tab');
        await page.mouse.move(200, 300);
        await page.waitForTimeout(50);
        expect(await page.title()).toContain(`Corps hostile ${i}`);
      }
      await page.close();
      expect(dialogs).toEqual([]);
      expect(marked).toEqual([]);
      expect(offsite).toEqual([]);
      expect(hits).toEqual([]);
    });
  });

  test('a failing build afterwards leaves the output folder byte for byte as it was', () => {
    const before = hashTree(outDir);
    expect(Object.keys(before).length).toBeGreaterThan(50);
    const broken = makeContent({
      'acteurs/asso-test.md': VALID['acteurs/asso-test.md']!.replace('themes: [isolement-social]', 'themes: [cuisine]'),
    });
    const failed = buildSite({ contentDir: broken, outDir });
    expect(failed.status).not.toBe(0);
    expect(failed.stdout + failed.stderr).toContain("acteurs/asso-test.md:5: themes[0] — « cuisine » n'est pas un thème connu");
    expect(failed.stdout + failed.stderr).toContain('le site publié');
    expect(failed.stdout + failed.stderr).not.toMatch(/^\s+at /m);
    expect(hashTree(outDir)).toEqual(before);
    // No temporary folder is left behind.
    expect(readdirSync(work).sort()).toEqual(['site', 'site-cache']);
  });
});
