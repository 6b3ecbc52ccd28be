// The proposal form in a real browser: for each record type, valid answers give a file
// that `npm run validate` accepts unchanged; wrong answers show the schemas' French
// messages beside the fields and in a summary; a long file falls back to the download.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAIN_DIST } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser, watchPage, type PageWatch } from '../helpers/browser.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { serveSite } from '../helpers/nginx.ts';
import type { StaticServer } from '../helpers/server.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { SITE } from '../../src/site-config.ts';

const RESUME = 'Une fiche imaginaire écrite par le test automatique du formulaire de proposition.';

/** Answers for each record type, beyond the title, summary, theme and text every record has. */
const FILL: Record<string, (page: Page) => Promise<void>> = {
  cooperations: async (page) => {
    await page.selectOption('#f-echelle', 'departementale');
    await page.selectOption('#f-statut', 'lancee');
    await page.check('[data-choice-of="f-porteurs"][value="cap-rural"]');
    await page.check('[data-choice-of="f-departements"][value="22"]');
    await page.fill('#f-contact-email', 'contact@exemple.fr');
  },
  acteurs: async (page) => {
    await page.selectOption('#f-type', 'centre_social');
    await page.fill('#f-site', 'https://www.exemple.fr/');
    await page.check('#f-signataire_charte-oui');
  },
  temoignages: async (page) => {
    await page.fill('#f-personnes-0-nom', 'Personne Imaginaire');
    await page.fill('#f-personnes-0-role', 'bénévole');
    await page.selectOption('#f-personnes-0-structure', 'cap-rural');
    await page.selectOption('#f-format', 'ecrit');
    await page.check('#f-consentement_publication');
  },
  pratiques: async (page) => {
    await page.selectOption('#f-etape', 'demarrer');
    await page.check('[data-choice-of="f-publics"][value="benevoles"]');
    await page.fill('#f-freins', 'Le temps\nLa distance');
    await page.click('[data-add="f-sources"]');
    await page.fill('#f-sources-0-titre', 'Une source imaginaire');
  },
  evenements: async (page) => {
    await page.selectOption('#f-type', 'rencontre');
    await page.fill('#f-debut-jour', '2027-03-04');
    await page.fill('#f-debut-heure', '09:30');
    await page.fill('#f-fin-jour', '2027-03-04');
    await page.fill('#f-fin-heure', '17:00');
    await page.check('#f-en_ligne');
    await page.check('[data-choice-of="f-organisateurs"][value="cap-rural"]');
  },
};

describe.skipIf(!HAS_BROWSER)('proposal form', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveSite(MAIN_DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    cleanContent();
  });

  async function open(collection: string): Promise<{ page: Page; watch: PageWatch }> {
    const page = await browser.newPage();
    const watch = watchPage(page);
    await page.goto(`${server.url}/contribuer/proposer/${collection}/`);
    return { page, watch };
  }

  async function fillCommon(page: Page, collection: string, body = 'Un premier paragraphe.\n\nUn second paragraphe.') {
    await page.fill('#f-titre', `Fiche de test ${collection} à Saint-Brieuc`);
    await page.fill('#f-resume', RESUME);
    await page.check('[data-choice-of="f-themes"][value="isolement-social"]');
    await page.fill('#f-corps', body);
    await FILL[collection]?.(page);
  }

  test.each(Object.keys(FILL))('%s: valid answers give a file that npm run validate accepts unchanged', async (collection) => {
    const { page, watch } = await open(collection);
    await fillCommon(page, collection);
    // The live preview follows the typing.
    await expect.poll(() => page.locator('#preview h3').textContent()).toBe(`Fiche de test ${collection} à Saint-Brieuc`);
    await page.click('#proposal button[type=submit]');
    await page.locator('#result').waitFor({ state: 'visible' });
    expect(await page.locator('#error-summary').isHidden()).toBe(true);
    const slug = await page.inputValue('#f-fichier');
    expect(slug).toBe(`fiche-de-test-${collection}-a-saint-brieuc`);
    const text = (await page.locator('#result-text').textContent()) as string;
    expect(text).toMatch(/^---\ntitre: /);

    // The file joins a valid corpus (with the actor the form pointed to) and passes the validator.
    const dir = makeContent({ [`${collection}/${slug}.md`]: text, 'acteurs/cap-rural.md': VALID['acteurs/asso-test.md'] as string });
    const result = validateContent(dir, { cwd: dir });
    expect(result.problems, text).toEqual([]);
    expect(result.records.some((r) => r.slug === slug && r.collection === collection)).toBe(true);

    // « Proposer sur GitHub » opens the new-file page with the same file.
    const href = (await page.getAttribute('#result-link', 'href')) as string;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe(`${SITE.depot}/new/${SITE.branche}`);
    expect(url.searchParams.get('filename')).toBe(`content/${collection}/${slug}.md`);
    expect(url.searchParams.get('value')).toBe(text);
    expect(await page.locator('#result-toolong').isHidden()).toBe(true);

    // Nothing left the browser: no request to another host, no error.
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('wrong answers show the French messages beside the fields and in a summary that links to them', async () => {
    const { page } = await open('evenements');
    await fillCommon(page, 'evenements');
    await page.fill('#f-resume', 'Trop court.');
    await page.fill('#f-fin-jour', '2027-03-03');
    await page.uncheck('[data-choice-of="f-organisateurs"][value="cap-rural"]');
    await page.fill('#f-inscription-email', 'marie.dupont@gmail.com');
    await page.click('#proposal button[type=submit]');

    const summary = page.locator('#error-summary');
    await summary.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.locator('#f-resume-erreur').textContent()).toMatch(/texte trop court : au moins 30 caractères/);
    expect(await page.getAttribute('#f-resume', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#f-resume', 'aria-describedby')).toBe('f-resume-aide f-resume-erreur');
    expect(await page.locator('#f-fin-erreur').textContent()).toContain('la fin doit être après le début');
    expect(await page.locator('#f-organisateurs-erreur').textContent()).toContain('indiquez au moins un organisateur');
    expect(await page.locator('#f-inscription-email-erreur').textContent()).toContain('n’indiquez pas une adresse personnelle');
    expect(await page.locator('#result').isHidden()).toBe(true);

    const link = summary.locator('a[href="#f-resume"]');
    expect(await link.textContent()).toMatch(/^Résumé : texte trop court/);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-resume');

    // Fixing a field clears its message as the contributor types.
    await page.fill('#f-resume', RESUME);
    await expect.poll(() => page.locator('#f-resume-erreur').textContent()).toBe('');
    await page.close();
  });

  test('a file too long for a link falls back to the download, with instructions', async () => {
    const { page } = await open('acteurs');
    await fillCommon(page, 'acteurs', 'Un long texte. '.repeat(700));
    await page.click('#proposal button[type=submit]');
    await page.locator('#result').waitFor({ state: 'visible' });
    expect(await page.locator('#result-github').isHidden()).toBe(true);
    expect(await page.locator('#result-toolong').isVisible()).toBe(true);
    expect(await page.getAttribute('#result-upload', 'href')).toBe(`${SITE.depot}/upload/${SITE.branche}/content/acteurs`);
    const download = page.waitForEvent('download');
    await page.click('#result-download');
    expect((await download).suggestedFilename()).toBe('fiche-de-test-acteurs-a-saint-brieuc.md');
    await page.close();
  });

  test('only the form pages load the form script', async () => {
    const { page } = await open('acteurs');
    const scripts = await page.locator('script[type="module"]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    await page.goto(`${server.url}/contribuer/`);
    const elsewhere = await page.locator('script[type="module"]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    const form = scripts.filter((s) => s && !elsewhere.includes(s));
    expect(form.length).toBeGreaterThan(0);
    await page.close();
  });
});
