// The proposal form with a relay, end to end: the site built with RELAY_URL, a proposal typed in
// Chromium, sent through the relay running in the Workers runtime (workerd), ending as a pull
// request on the fake GitHub API, every request of which matched GitHub's OpenAPI description.
// And the site built without a relay (the main build) shows none of it.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { QualityTab } from '../helpers/quality.ts';
import { readPage } from '../helpers/dist.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { freePort, startRelay, testEnv, type RunningRelay } from '../../relay/test/harness.ts';
import { RELAY_PRIVACY } from '../../src/lib/contribution/relay-privacy.ts';
import { startFakeGitHub, type FakeGitHub } from '../../relay/test/fake-github.ts';

/** The repository's content, as the fake GitHub serves it. */
function repositoryFiles(dir = path.join(ROOT, 'content'), prefix = 'content'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, repositoryFiles(full, `${prefix}/${name}`));
    else out[`${prefix}/${name}`] = readFileSync(full, 'utf8');
  }
  return out;
}

/** Fills what every record needs, as a person would (by the labels), once the form's script is ready. */
async function fillAndVerify(page: Page, titre: string, corps: string, more?: () => Promise<void>): Promise<void> {
  // The form is ready when its script has filled in today's date.
  await expect.poll(() => page.getByLabel('Publiée le (obligatoire)').inputValue()).not.toBe('');
  await page.getByLabel('Titre (obligatoire)', { exact: true }).fill(titre);
  await page.getByLabel('Résumé (obligatoire)').fill('Une fiche imaginaire écrite par le test automatique du relais des propositions.');
  await page.getByRole('checkbox', { name: 'Isolement social des personnes âgées' }).check();
  await page.getByLabel('Type de structure (obligatoire)').selectOption({ label: 'Centre social' });
  await page.getByLabel(/^Texte de la fiche/).fill(corps);
  await more?.();
  // Leave the last field (its change event updates the preview), and let the live preview catch
  // up with the typing: a pending update would hide the prepared file just after it is shown.
  await page.locator('#f-titre').focus();
  await expect.poll(() => page.locator('#preview').textContent()).toContain(corps.split('\n')[0]);
  await expect.poll(() => page.locator('#preview h3').textContent()).toBe(titre);
  await verify(page);
}

/** « Vérifier et préparer la fiche », then the prepared file. */
async function verify(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Vérifier et préparer la fiche' }).click();
  // The prepared file, or the form's own list of errors as the failure's message.
  const outcome = async () =>
    (await page.locator('#result').isVisible())
      ? 'prête'
      : (await page.locator('#error-summary').isVisible())
        ? await page.locator('#error-summary').innerText()
        : 'en attente';
  await expect.poll(outcome, { timeout: 30_000 }).not.toBe('en attente');
  expect(await outcome()).toBe('prête');
}

const csp = (doc: Document) => doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

describe('the form built without a relay', () => {
  test('has no relay block, and its CSP lets the page reach no other host', () => {
    const page = readPage('/contribuer/proposer/acteurs/');
    expect(page.getElementById('relay')).toBeNull();
    expect(page.getElementById('result-github')).not.toBeNull();
    expect(csp(page)).not.toMatch(/connect-src/);
  });
});

describe.skipIf(!HAS_BROWSER)('the form with a relay in the Workers runtime', () => {
  let outDir: string;
  let site: StaticServer;
  let github: FakeGitHub;
  let relay: RunningRelay;
  let browser: Browser;
  let relayUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    relayUrl = `http://127.0.0.1:${port}`;
    const build = buildSite({ env: { RELAY_URL: relayUrl }, full: false });
    outDir = build.outDir;
    if (build.status !== 0) throw new Error(`La construction du site a échoué :\n${build.stdout}\n${build.stderr}`);
    site = await serveDist(outDir);
    github = await startFakeGitHub({ owner: 'equipe', repo: 'centre', branch: 'main', files: repositoryFiles() });
    // Little work for the browser: the two cores of the test machine are shared.
    relay = await startRelay('workers', testEnv(site.url, github.url, { ALTCHA_MAX_COUNTER: '200' }), port);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await github?.close();
    await site?.close();
    if (outDir) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`${outDir}-cache`, { recursive: true, force: true });
    }
  });

  test('the CSP allows the relay’s origin and nothing else', () => {
    const page = readPage('/contribuer/proposer/acteurs/', outDir);
    expect(csp(page)).toContain(`connect-src 'self' ${relayUrl}`);
  });

  test('a proposal typed in the form ends as a pull request on GitHub', async () => {
    const tab = await QualityTab.open(browser);
    const page = tab.page;
    await tab.goto(`${site.url}/contribuer/proposer/acteurs/`);
    await fillAndVerify(page, 'Fiche de test acteurs à Saint-Brieuc', 'Un premier paragraphe.\n\nUn second paragraphe.', async () => {
      await page.getByLabel('Site web').fill('https://www.exemple.fr/');
      await page.getByRole('checkbox', { name: 'Oui, la structure a signé la charte' }).check();
    });
    const text = (await page.locator('#result-text').textContent()) as string;

    // « Envoyer ma proposition » comes first, before the other ways.
    const order = await page
      .locator('#result h3, #result-github, #result-toolong')
      .evaluateAll((els) => els.map((e) => e.id || e.textContent));
    expect(order[0]).toBe('Envoyer ma proposition');
    await page.locator('#relay-altcha altcha-widget').waitFor({ state: 'attached' });
    expect(await tab.axe()).toEqual([]);
    await page.fill('#relay-nom', 'Camille');
    await page.fill('#relay-contact', 'camille@exemple.fr');
    await page.check('#relay-accord');
    await page.click('#relay-form button[type=submit]');
    await page.locator('#relay-done').waitFor({ state: 'visible', timeout: 60_000 });

    const pr = github.pulls.at(-1);
    expect(pr).toBeDefined();
    expect(await page.getAttribute('#relay-link', 'href')).toBe(`https://github.com/equipe/centre/pull/${pr?.number}`);
    expect(await page.locator('#relay-status').textContent()).toMatch(/^Merci/);
    expect(github.branches.get(pr?.head ?? '')?.get('content/acteurs/fiche-de-test-acteurs-a-saint-brieuc.md')).toBe(text);
    // The contact went to the team's private repository, not the public pull request, and the
    // form said so in the words the relay's tests hold it to.
    expect(pr?.body).not.toContain('camille@exemple.fr');
    expect(github.contactIssues.at(-1)?.body).toContain('camille@exemple.fr');
    // The build's French typography makes some spaces unbreakable: compared space for space.
    const spaces = (t: string | null) => (t ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
    for (const [id, said] of [
      ['#relay-intro', RELAY_PRIVACY.intro],
      ['#relay-nom-aide', RELAY_PRIVACY.name],
      ['#relay-accord-aide', RELAY_PRIVACY.consentHelp],
      ['#relay-message-aide', RELAY_PRIVACY.note],
    ] as const) {
      expect(spaces(await page.locator(id).textContent()), id).toBe(spaces(said));
    }
    expect(pr).toMatchObject({ labels: ['proposition'], reviewers: ['relecteur'] });
    expect(github.requests.map((r) => r.operation)).toContain('POST /repos/{owner}/{repo}/pulls');
    expect(github.mismatches).toEqual([]);

    expect(await tab.axe()).toEqual([]);
    // Only the site and the relay were reached, and the CSP was never violated.
    const report = await tab.report('/contribuer/proposer/acteurs/');
    expect(report.externalRequests).toEqual([]);
    expect(report.cspViolations).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    expect(report.failedRequests).toEqual([]);
    await page.context().close();
  });

  test('a reader’s question, opened from a theme page and sent without its answer, ends as a pull request', async () => {
    const tab = await QualityTab.open(browser);
    const page = tab.page;
    // The link « Poser une question » of a theme page and of a département page, both at once.
    await tab.goto(`${site.url}/contribuer/proposer/questions/?theme=gouvernance&departement=22`);
    await expect.poll(() => page.getByLabel('Publiée le (obligatoire)').inputValue()).not.toBe('');
    expect(await page.getByRole('checkbox', { name: 'Gouvernance et animation' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Côtes-d.Armor \(22\)$/ }).isChecked()).toBe(true);
    await page.getByLabel('Titre (obligatoire)', { exact: true }).fill('Comment associer les élus à une coopération naissante ?');
    await page
      .getByLabel('Résumé (obligatoire)')
      .fill('Une question imaginaire écrite par le test automatique du relais des propositions.');
    await page.getByLabel('Votre question en détail').fill('Nous démarrons et les élus de notre canton ne nous connaissent pas encore.');
    // No answer: the reader leaves the text empty, the team writes it before publishing.
    await page.locator('#f-titre').focus();
    await verify(page);
    const text = (await page.locator('#result-text').textContent()) as string;
    await page.locator('#relay-altcha altcha-widget').waitFor({ state: 'attached' });
    await page.fill('#relay-nom', 'Camille');
    await page.fill('#relay-contact', 'camille@exemple.fr');
    await page.check('#relay-accord');
    await page.click('#relay-form button[type=submit]');
    await page.locator('#relay-done').waitFor({ state: 'visible', timeout: 60_000 });
    const pr = github.pulls.at(-1);
    const file = github.branches.get(pr?.head ?? '')?.get('content/questions/comment-associer-les-elus-a-une-cooperation-naissante.md');
    expect(file).toBe(text);
    expect(file).toMatch(/^themes: \[.*gouvernance.*\]$/m);
    expect(file).toMatch(/^departements: \["22"\]$/m);
    // The header, then nothing: a question without its answer, which the site will not publish as it is.
    expect(file?.split(/^---$/m)[2]?.trim()).toBe('');
    expect(github.mismatches).toEqual([]);
    expect(await tab.axe()).toEqual([]);
    await page.context().close();
  });

  test('a GitHub error shows the relay’s French message and keeps the form for another try', async () => {
    const tab = await QualityTab.open(browser);
    const page = tab.page;
    await tab.goto(`${site.url}/contribuer/proposer/acteurs/`);
    await fillAndVerify(page, 'Deuxième fiche de test du relais', 'Un paragraphe.');
    const before = github.pulls.length;
    github.failNext('POST /repos/{owner}/{repo}/git/refs', {
      status: 403,
      message: 'API rate limit exceeded',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 300) },
    });
    await page.click('#relay-form button[type=submit]');
    await expect.poll(() => page.locator('#relay-status').textContent(), { timeout: 60_000 }).toMatch(/Réessayez dans [45] minutes/);
    expect(await page.locator('#relay-form').isVisible()).toBe(true);
    expect(await page.locator('#relay-done').isHidden()).toBe(true);
    // Sending again works: a new proof of work, and GitHub answers this time.
    await page.click('#relay-form button[type=submit]');
    await page.locator('#relay-done').waitFor({ state: 'visible', timeout: 60_000 });
    expect(github.pulls.length).toBe(before + 1);
    expect(github.mismatches).toEqual([]);
    await page.context().close();
  });
});
