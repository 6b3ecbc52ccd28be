// The import page with a relay, end to end: the site built with RELAY_URL, an .xlsx list checked
// in Chromium and sent as ONE batch through the relay (under Node here; the relay's own tests run
// batches in the Workers runtime too), ending as one pull request on the fake GitHub API with one
// file per ready record — the same files `npm run import` writes from that sheet.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { QualityTab, reportProblems } from '../helpers/quality.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { EXPECTED_NEW, importBook } from '../helpers/import-sheets.ts';
import { freePort, startRelay, testEnv, type RunningRelay } from '../../relay/test/harness.ts';
import { startFakeGitHub, type FakeGitHub } from '../../relay/test/fake-github.ts';
import { runImport } from '../../scripts/lib/import-run.ts';
import { isoDate } from '../../src/lib/time/paris-time.ts';
import { RELAY_PRIVACY } from '../../src/lib/contribution/relay-privacy.ts';

function repositoryFiles(dir = path.join(ROOT, 'content'), prefix = 'content'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, repositoryFiles(full, `${prefix}/${name}`));
    else out[`${prefix}/${name}`] = readFileSync(full, 'utf8');
  }
  return out;
}

describe.skipIf(!HAS_BROWSER && !process.env.CI)('the import page with a relay', () => {
  let outDir: string;
  let site: StaticServer;
  let github: FakeGitHub;
  let relay: RunningRelay;
  let browser: Browser;
  const work = mkdtempSync(path.join(tmpdir(), 'coop-import-relay-'));

  beforeAll(async () => {
    const port = await freePort();
    const build = buildSite({ env: { RELAY_URL: `http://127.0.0.1:${port}` }, full: false });
    outDir = build.outDir;
    if (build.status !== 0) throw new Error(`La construction du site a échoué :\n${build.stdout}\n${build.stderr}`);
    site = await serveDist(outDir);
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files: repositoryFiles() });
    relay = await startRelay('node', testEnv(site.url, github.url, { ALTCHA_MAX_COUNTER: '100' }), port);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await github?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
    if (outDir) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`${outDir}-cache`, { recursive: true, force: true });
    }
  });

  test('a checked sheet ends as one pull request with one file per ready record', async () => {
    const tab = await QualityTab.open(browser);
    const page = tab.page;
    await tab.goto(`${site.url}/contribuer/importer/`);
    await expect.poll(() => page.getByLabel(/^Fichier \.xlsx/).isEnabled()).toBe(true);
    const bytes = importBook('xlsx');
    const file = path.join(work, 'acteurs.xlsx');
    writeFileSync(file, bytes);
    await page.getByLabel(/^Fichier \.xlsx/).setInputFiles(file);
    await page.getByRole('button', { name: 'Vérifier les lignes' }).click({ timeout: 30_000 });
    const send = page.getByRole('button', { name: `Envoyer les ${EXPECTED_NEW.length} fiche(s) à l’équipe` });
    await send.waitFor({ state: 'visible', timeout: 30_000 });
    // What the page promises, in the plural: the rows go as one public pull request.
    // (The build's typography makes some spaces unbreakable: compared space for space.)
    const spaces = (t: string | null) => (t ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(spaces(await page.locator('#import-relay > p').first().textContent())).toBe(spaces(RELAY_PRIVACY.introBatch));
    await page.fill('#import-relay-nom', 'Personne fictive');
    await send.click();
    await page.locator('#import-relay-done').waitFor({ state: 'visible', timeout: 120_000 });

    expect(github.pulls).toHaveLength(1);
    const pr = github.pulls[0]!;
    expect(await page.getAttribute('#import-relay-link', 'href')).toBe(`https://github.com/equipe/centre/pull/${pr.number}`);
    expect(pr.title).toBe(`Import d’un tableau (acteurs) : ${EXPECTED_NEW.length} nouvelle(s) fiche(s)`);
    expect(pr.body).not.toContain('Personne fictive');
    const branch = github.branches.get(pr.head)!;
    const main = github.branches.get('main')!;
    const added = [...branch.keys()].filter((p) => !main.has(p)).sort();
    expect(added).toEqual(EXPECTED_NEW.map((n) => `content/acteurs/${n}.md`).sort());
    // The files are those the command writes from the same sheet.
    const command = runImport({
      bytes,
      fileName: 'acteurs.xlsx',
      collection: 'acteurs',
      dir: path.join(ROOT, 'content'),
      today: isoDate(new Date()),
    });
    if (!command.ok) throw new Error(command.message);
    for (const r of command.rows.filter((x) => x.text)) expect(branch.get(`content/acteurs/${r.slug}.md`)).toBe(r.text);
    expect(github.mismatches).toEqual([]);
    expect(reportProblems(await tab.report('/contribuer/importer/ (relais)'))).toEqual([]);
    await tab.close();
  });
});
