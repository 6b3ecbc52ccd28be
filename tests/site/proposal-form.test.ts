// The proposal form in a real browser, used as a new contributor would: only through the
// visible labels (as a screen reader names them) and the keyboard. For each record type,
// valid answers give a file that `npm run validate` accepts unchanged; an existing record
// opens prefilled and, unchanged, gives back a valid file that means the same; wrong answers
// show the schemas' French messages; nothing typed is lost on a reload; axe finds nothing in
// any state; and no state shows a file path, YAML, true/false, an underscore id or « INSEE ».
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAIN_DIST, ROOT } from '../helpers/build.ts';
import { HAS_BROWSER, launchBrowser, watchPage } from '../helpers/browser.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { QualityTab } from '../helpers/quality.ts';
import { readPage } from '../helpers/dist.ts';
import { serveSite } from '../helpers/nginx.ts';
import type { StaticServer } from '../helpers/server.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { recordJson } from '../../src/lib/contribution/record-json.ts';
import { markdownPreviewHtml } from '../../src/lib/contribution/markdown-preview.ts';
import { parseHTML } from 'linkedom';
import { COLLECTIONS, createSchemas, type CollectionName } from '../../src/schemas/index.ts';
import { CODES_DEPARTEMENTS, CODES_REGIONS } from '../../src/lib/territories/territoires.ts';
import { SITE } from '../../src/site-config.ts';

const copies: string[] = [];
const RESUME = 'Une fiche imaginaire écrite par le test automatique du formulaire de proposition.';

/** Chooses a record in a combobox: a few letters, the arrow down, Enter. */
async function pick(page: Page, name: string | RegExp, letters: string, scope: Page | ReturnType<Page['locator']> = page) {
  const box = scope.getByRole('combobox', { name });
  await box.click();
  await box.pressSequentially(letters, { delay: 20 });
  const id = await box.getAttribute('id');
  await page.locator(`[id="${id}__listbox"] [role=option]`).first().waitFor();
  await box.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Answers for each record type, beyond the title, summary, theme and text every record has. */
const FILL: Partial<Record<CollectionName, (page: Page) => Promise<void>>> = {
  cooperations: async (page) => {
    await page.getByLabel('Échelle (obligatoire)').selectOption({ label: 'Départementale' });
    await page.getByLabel('Statut (obligatoire)').selectOption({ label: 'Lancée' });
    await pick(page, 'Ajouter un acteur (Porteurs)', 'cap r');
    await expect.poll(() => page.getByRole('list', { name: 'Porteurs choisis' }).innerText()).toContain('Cap Rural');
    await page.getByRole('checkbox', { name: /^Côtes-d.Armor \(22\)$/ }).check();
    await page.getByLabel('Adresse électronique').fill('contact@exemple.fr');
    // A commune chosen by its name fills in its official code.
    const lieu = page.getByRole('group', { name: 'Lieu' });
    await pick(page, 'Commune (obligatoire si vous remplissez « Lieu »)', 'saint-brieu', lieu);
    await expect
      .poll(() => lieu.getByLabel('Code officiel de la commune (obligatoire si vous remplissez « Lieu »)').inputValue())
      .toBe('22278');
    expect(await lieu.getByRole('combobox', { name: 'Commune (obligatoire si vous remplissez « Lieu »)' }).inputValue()).toBe(
      'Saint-Brieuc',
    );
  },
  acteurs: async (page) => {
    await page.getByLabel('Type de structure (obligatoire)').selectOption({ label: 'Centre social' });
    await page.getByLabel('Site web').fill('https://www.exemple.fr/');
    await page.getByRole('checkbox', { name: 'Oui, la structure a signé la charte' }).check();
  },
  temoignages: async (page) => {
    const person = page.getByRole('group', { name: 'Personne n° 1' });
    await person.getByLabel('Nom (obligatoire)').fill('Personne Imaginaire');
    await person.getByLabel('Rôle').fill('bénévole');
    await pick(page, 'Structure', 'rural', person);
    await page.getByLabel('Format (obligatoire)').selectOption({ label: 'Écrit' });
    await page.getByRole('checkbox', { name: /^Consentement/ }).check();
  },
  pratiques: async (page) => {
    await page.getByLabel('Étape (obligatoire)').selectOption({ label: 'Démarrer' });
    await page.getByRole('checkbox', { name: 'Bénévoles' }).check();
    await page.getByLabel('Freins').fill('Le temps\nLa distance');
    await page.getByRole('button', { name: 'Ajouter une source' }).press('Enter');
    await page.getByRole('group', { name: 'Source n° 1' }).getByLabel('Titre de la source (obligatoire)').fill('Une source imaginaire');
  },
  evenements: async (page) => {
    await page.getByLabel('Type d’événement (obligatoire)').selectOption({ label: 'Rencontre' });
    const debut = page.getByRole('group', { name: /^Début/ });
    await debut.getByLabel('Jour').fill('2027-03-04');
    await debut.getByLabel('Heure (facultatif)').fill('09:30');
    const fin = page.getByRole('group', { name: /^Fin/ });
    await fin.getByLabel('Jour').fill('2027-03-04');
    await fin.getByLabel('Heure (facultatif)').fill('17:00');
    await page.getByRole('checkbox', { name: 'En ligne' }).check();
    await pick(page, 'Ajouter un acteur (Organisateurs)', 'cap');
  },
};

/** What a contributor must never have to read (WORDS), checked on the visible text only. */
const DEVELOPER_WORDS: Array<[RegExp, string]> = [
  [/\bcontent\/|\.ya?ml\b|\.md\b(?! ?»)|\/[a-z-]+\.md/i, 'un chemin de fichier'],
  [/\bYAML\b|front ?matter/i, 'le mot YAML'],
  [/\b(true|false)\b/, 'true ou false'],
  [/\b[a-z]+_[a-z_]+\b/, 'un identifiant avec des soulignés'],
  [/INSEE/, 'le mot INSEE'],
];

async function developerWords(page: Page): Promise<string[]> {
  // innerText is the rendered text: closed <details>, hidden blocks and <template>s are left out.
  const text = (await page.locator('body').innerText()).replace(/\b[\w.-]+\.md\b/g, (m) => (m.includes('/') ? m : 'FICHIER'));
  return DEVELOPER_WORDS.filter(([re]) => re.test(text)).map(([re, what]) => `${what} : « ${text.match(re)?.[0]} »`);
}

describe('editing any record', () => {
  test('every record page links to its form, and the record’s JSON for the form is built from its file', () => {
    const corpus = validateContent(path.join(ROOT, 'content'));
    expect(corpus.records.length).toBeGreaterThan(0);
    for (const r of corpus.records) {
      const page = readPage(`/${r.collection}/${r.slug}/`);
      const link = [...page.querySelectorAll('a')].find((a) => a.textContent === 'Modifier avec le formulaire');
      expect(link?.getAttribute('href'), `${r.collection}/${r.slug}`).toBe(`/contribuer/proposer/${r.collection}/?fiche=${r.slug}`);
      const json = JSON.parse(readFileSync(path.join(MAIN_DIST, `contribuer/fiches/${r.collection}/${r.slug}.json`), 'utf8')) as unknown;
      expect(json).toEqual(recordJson(`${r.slug}.md`, readFileSync(path.join(ROOT, 'content', r.collection, `${r.slug}.md`), 'utf8')));
    }
  });
});

describe('the form’s preview', () => {
  /** The text's HTML, without the anchors the site adds to headings and with even spacing. */
  // The site's pages also go through French typography (no-break spaces), which the preview leaves out.
  const normal = (html: string) =>
    html
      .replace(/&#160;|&nbsp;|[\u00a0\u202f]/g, ' ')
      .replace(/ id="[^"]*"/g, '')
      .replace(/\s+/g, ' ')
      .replace(/> </g, '><')
      .trim();

  test('renders every record’s text as the site does', () => {
    const corpus = validateContent(path.join(ROOT, 'content'));
    for (const r of corpus.records) {
      const site = readPage(`/${r.collection}/${r.slug}/`).querySelector('article .prose')?.innerHTML ?? '';
      const body = recordJson(`${r.slug}.md`, readFileSync(path.join(ROOT, 'content', r.collection, `${r.slug}.md`), 'utf8')).corps;
      // Some pages put facts around the text (a cooperation's objectives, a practice's tree).
      const preview = normal(markdownPreviewHtml(body));
      expect(preview.length).toBeGreaterThan(0);
      expect(normal(site), `${r.collection}/${r.slug}`).toContain(preview);
    }
  });

  test('keeps the site’s safety rules: raw HTML as text, no script in links', () => {
    const html = markdownPreviewHtml('<img src=x onerror=alert(1)>\n\n[clic](javascript:alert(1)) et [ok](https://exemple.fr/)');
    const { document } = parseHTML(`<div>${html}</div>`);
    expect(document.querySelector('img')).toBeNull();
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['', 'https://exemple.fr/']);
  });
});

describe.skipIf(!HAS_BROWSER && !process.env.CI)('proposal form', () => {
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
    copies.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  async function open(collection: string, query = ''): Promise<QualityTab> {
    const tab = await QualityTab.open(browser);
    await tab.goto(`${server.url}/contribuer/proposer/${collection}/${query}`);
    // The form is ready when its script has filled in today's date.
    await expect.poll(() => tab.page.getByLabel('Publiée le (obligatoire)').inputValue()).not.toBe('');
    return tab;
  }

  async function fillCommon(page: Page, collection: CollectionName, body = 'Un premier paragraphe.\n\nUn second paragraphe.') {
    await page.getByLabel('Titre (obligatoire)', { exact: true }).fill(`Fiche de test ${collection} à Saint-Brieuc`);
    await page.getByLabel('Résumé (obligatoire)').fill(RESUME);
    await page.getByRole('checkbox', { name: 'Isolement social des personnes âgées' }).check();
    await page.getByLabel(/^Texte de la fiche/).fill(body);
    await FILL[collection]?.(page);
  }

  const verify = (page: Page) => page.getByRole('button', { name: 'Vérifier et préparer la fiche' }).press('Enter');

  test.each(COLLECTIONS)(
    '%s: valid answers, typed through the labels, give a file that npm run validate accepts unchanged',
    async (collection) => {
      const tab = await open(collection);
      const { page } = tab;
      const watch = watchPage(page);
      expect(await tab.axe(), 'axe, formulaire vide').toEqual([]);
      expect(await developerWords(page), 'formulaire vide').toEqual([]);
      await fillCommon(page, collection);
      // The live preview follows the typing, and renders the Markdown as the site does.
      await expect.poll(() => page.locator('#preview h3').textContent()).toBe(`Fiche de test ${collection} à Saint-Brieuc`);
      await verify(page);
      await page.locator('#result').waitFor({ state: 'visible' });
      expect(await page.locator('#error-summary').isHidden()).toBe(true);
      const slug = await page.getByLabel('Nom court de la fiche (obligatoire)').inputValue();
      expect(slug).toBe(`fiche-de-test-${collection}-a-saint-brieuc`);
      const text = (await page.locator('#result-text').textContent()) as string;
      expect(text).toMatch(/^---\ntitre: /);
      expect(await tab.axe(), 'axe, fiche prête').toEqual([]);
      expect(await developerWords(page), 'fiche prête').toEqual([]);

      // The file joins a valid corpus (with the actor the form pointed to) and passes the validator.
      const dir = makeContent({ [`${collection}/${slug}.md`]: text, 'acteurs/cap-rural.md': VALID['acteurs/asso-test.md'] as string });
      const result = validateContent(dir, { cwd: dir });
      expect(result.problems, text).toEqual([]);
      expect(result.records.some((r) => r.slug === slug && r.collection === collection)).toBe(true);

      // « Proposer sur GitHub » opens the new-file page with the same file.
      const href = (await page.getByRole('link', { name: /^Proposer sur GitHub/ }).getAttribute('href')) as string;
      const url = new URL(href);
      expect(`${url.origin}${url.pathname}`).toBe(`${SITE.depot}/new/${SITE.branche}`);
      expect(url.searchParams.get('filename')).toBe(`content/${collection}/${slug}.md`);
      expect(url.searchParams.get('value')).toBe(text);
      expect(await page.locator('#result-toolong').isHidden()).toBe(true);

      // By e-mail: the contact address of the settings, or an honest word when there is none.
      if (SITE.contact) {
        const mail = (await page.getByRole('link', { name: 'Écrire à l’équipe' }).getAttribute('href')) as string;
        expect(mail.startsWith(`mailto:${SITE.contact}?subject=`)).toBe(true);
      } else expect(await page.locator('#way-email').innerText()).toContain('pas encore d’adresse');

      // Nothing left the browser: no request to another host, no error.
      expect(watch.externalRequests).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await tab.close();
    },
  );

  test('every record page opens its form prefilled; unchanged, the file validates and means the same', async () => {
    const tab = await QualityTab.open(browser);
    const { page } = tab;
    await tab.goto(`${server.url}/acteurs/cap-rural/`);
    await page.getByRole('link', { name: 'Modifier avec le formulaire' }).click();
    await expect.poll(() => page.getByLabel('Titre (obligatoire)', { exact: true }).inputValue()).toBe('Cap Rural');
    expect(new URL(page.url()).search).toBe('?fiche=cap-rural');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Modifier la fiche « Cap Rural »');
    expect(await page.getByLabel('Nom court de la fiche (obligatoire)').inputValue()).toBe('cap-rural');
    await verify(page);
    await page.locator('#result').waitFor({ state: 'visible' });
    const text = (await page.locator('#result-text').textContent()) as string;

    const source = path.join(ROOT, 'content/acteurs/cap-rural.md');
    const dir = mkdtempSync(path.join(tmpdir(), 'coop-edit-'));
    copies.push(dir);
    cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'acteurs/cap-rural.md'), text);
    expect(validateContent(dir, { cwd: dir }).problems, text).toEqual([]);
    const lists = {
      themes: validateContent(path.join(ROOT, 'content')).themes.map((t) => t.id),
      departements: CODES_DEPARTEMENTS,
      regions: CODES_REGIONS,
    };
    const schema = createSchemas(lists).acteurs;
    const before = recordJson('cap-rural.md', readFileSync(source, 'utf8'));
    const after = recordJson('cap-rural.md', text);
    expect(schema.parse(after.data)).toEqual(schema.parse(before.data));
    expect(after.corps).toBe(before.corps);

    // An edit opens the file's page in GitHub's editor, with what changes listed field by field.
    expect(await page.locator('#result-edit').isVisible()).toBe(true);
    expect(await page.locator('#result-github').isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: /^Modifier sur GitHub/ }).getAttribute('href')).toBe(
      `${SITE.depot}/edit/${SITE.branche}/content/acteurs/cap-rural.md`,
    );
    expect(await page.locator('#result-changes li').allInnerTexts()).toEqual([
      'Aucun changement : la fiche est identique à celle publiée.',
    ]);
    const resume = page.getByLabel('Résumé (obligatoire)', { exact: true });
    const publishedResume = await resume.inputValue();
    await resume.fill('Un nouveau résumé qui dit en quelques mots ce que fait la structure et où elle agit.');
    await verify(page);
    await page.locator('#result').waitFor({ state: 'visible' });
    expect(await page.locator('#result-changes li').allInnerTexts()).toEqual([
      `Résumé : « ${publishedResume} » devient « Un nouveau résumé qui dit en quelques mots ce que fait la structure et où elle agit. »`,
    ]);
    // Many changes: pasting the whole text stays possible.
    expect(await page.locator('#result-edit details').textContent()).toMatch(/sélectionnez tout.*collez/s);
    expect(await tab.axe()).toEqual([]);
    expect(await developerWords(page)).toEqual([]);
    await tab.close();
  });

  test('each collection’s first record opens prefilled and comes back valid and the same', async () => {
    const lists = {
      themes: validateContent(path.join(ROOT, 'content')).themes.map((t) => t.id),
      departements: CODES_DEPARTEMENTS,
      regions: CODES_REGIONS,
    };
    // Actors have their own test above.
    for (const collection of COLLECTIONS.filter((c) => c !== 'acteurs')) {
      const list = JSON.parse(readFileSync(path.join(MAIN_DIST, `contribuer/fiches/${collection}.json`), 'utf8')) as Array<
        [string, string]
      >;
      const [id, titre] = list[0] as [string, string];
      const tab = await open(collection, `?fiche=${id}`);
      await expect.poll(() => tab.page.getByLabel('Titre (obligatoire)', { exact: true }).inputValue()).toBe(titre);
      await verify(tab.page);
      await tab.page.locator('#result').waitFor({ state: 'visible' });
      const text = (await tab.page.locator('#result-text').textContent()) as string;
      // The record goes back into a copy of the real content (its references point there), in place of itself.
      const dir = mkdtempSync(path.join(tmpdir(), 'coop-edit-'));
      copies.push(dir);
      cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
      writeFileSync(path.join(dir, collection, `${id}.md`), text);
      expect(validateContent(dir, { cwd: dir }).problems, text).toEqual([]);
      const original = recordJson(`${id}.md`, readFileSync(path.join(ROOT, `content/${collection}/${id}.md`), 'utf8'));
      const schema = createSchemas(lists)[collection];
      expect(schema.parse(recordJson(`${id}.md`, text).data)).toEqual(schema.parse(original.data));
      expect(recordJson(`${id}.md`, text).corps).toBe(original.corps);
      expect(await tab.axe(), `${collection}, fiche modifiée`).toEqual([]);
      await tab.close();
    }
  });

  test('wrong answers show the French messages beside the fields and in a summary that links to them', async () => {
    const tab = await open('evenements');
    const { page } = tab;
    await fillCommon(page, 'evenements');
    await page.getByLabel('Résumé (obligatoire)').fill('Trop court.');
    await page.getByRole('group', { name: /^Fin/ }).getByLabel('Jour').fill('2027-03-03');
    await page.getByRole('button', { name: /^Retirer Cap Rural/ }).click();
    await page.getByLabel('Adresse d’inscription').fill('marie.dupont@gmail.com');
    await verify(page);

    const summary = page.locator('#error-summary');
    await summary.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    expect(await page.locator('#f-resume-erreur').textContent()).toMatch(/texte trop court : au moins 30 caractères/);
    expect(await page.getByLabel('Résumé (obligatoire)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-fin-erreur').textContent()).toContain('la fin doit être après le début');
    expect(await page.locator('#f-organisateurs-erreur').textContent()).toContain('indiquez au moins un organisateur');
    expect(await page.locator('#f-inscription-email-erreur').textContent()).toContain('n’indiquez pas une adresse personnelle');
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(await tab.axe(), 'axe, erreurs').toEqual([]);
    expect(await developerWords(page), 'erreurs').toEqual([]);

    const link = summary.getByRole('link', { name: /^Résumé : texte trop court/ });
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-resume');

    // Fixing a field clears its message as the contributor types.
    await page.getByLabel('Résumé (obligatoire)').fill(RESUME);
    await expect.poll(() => page.locator('#f-resume-erreur').textContent()).toBe('');
    await tab.close();
  });

  test('no form page shows developer words, in any state of any collection', async () => {
    for (const collection of COLLECTIONS) {
      const tab = await open(collection);
      await verify(tab.page);
      await tab.page.locator('#error-summary').waitFor({ state: 'visible' });
      expect(await developerWords(tab.page), `${collection}, erreurs`).toEqual([]);
      expect(await tab.axe(), `${collection}, erreurs`).toEqual([]);
      await tab.close();
    }
  });

  test('the page that lists the forms speaks plainly too', async () => {
    const tab = await QualityTab.open(browser);
    await tab.goto(`${server.url}/contribuer/proposer/`);
    expect(await developerWords(tab.page)).toEqual([]);
    expect(await tab.axe()).toEqual([]);
    await tab.close();
  });

  test('the département filter leaves only the matching choices', async () => {
    const tab = await open('acteurs');
    const { page } = tab;
    const group = page.getByRole('group', { name: 'Départements' });
    await group.getByLabel('Chercher dans la liste Départements').fill('armor');
    await expect.poll(() => group.getByRole('checkbox').filter({ visible: true }).count()).toBe(1);
    expect(await group.getByRole('checkbox', { name: /^Côtes-d.Armor \(22\)$/ }).isVisible()).toBe(true);
    expect(await group.getByRole('status').innerText()).toBe('1 choix affiché');
    await tab.close();
  });

  test('« Vérifier » pressed before the preview’s Markdown renderer arrives still shows the file', async () => {
    const tab = await open('pratiques');
    const { page } = tab;
    // Hold the renderer back, as a slow phone network would.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    await page.route('**/markdown-preview.*.js', async (route) => {
      asked++;
      await held;
      await route.continue();
    });
    await fillCommon(page, 'pratiques', 'Un *premier* paragraphe.\n\nUn second paragraphe.');
    await verify(page);
    await page.locator('#result').waitFor({ state: 'visible' });
    expect(asked).toBe(1);
    release();
    // Until the renderer arrives the preview shows plain paragraphs; then the emphasis.
    await expect.poll(() => page.locator('#preview').innerHTML()).toContain('<em>premier</em>');
    expect(await page.locator('#result').isVisible()).toBe(true);
    await tab.close();
  });

  test('from a territory page, the form opens with that territory ticked', async () => {
    const tab = await QualityTab.open(browser);
    const { page } = tab;
    await tab.goto(`${server.url}/territoires/22/`);
    await page.getByRole('link', { name: /^Proposer un acteur/ }).click();
    expect(new URL(page.url()).search).toBe('?departement=22');
    const group = page.getByRole('group', { name: 'Départements' });
    await expect.poll(() => group.getByRole('checkbox', { name: /^Côtes-d.Armor \(22\)$/ }).isChecked()).toBe(true);
    expect(await group.getByRole('checkbox', { checked: true }).count()).toBe(1);
    await tab.close();
  });

  test('nothing typed is lost on a reload, until « Tout effacer »', async () => {
    const tab = await open('acteurs');
    const { page } = tab;
    await page.getByLabel('Titre (obligatoire)', { exact: true }).fill('Une fiche à ne pas perdre');
    await page.getByRole('checkbox', { name: 'Gouvernance et animation' }).check();
    await page.waitForTimeout(300);
    await page.reload();
    await expect.poll(() => page.getByLabel('Titre (obligatoire)', { exact: true }).inputValue()).toBe('Une fiche à ne pas perdre');
    expect(await page.getByRole('checkbox', { name: 'Gouvernance et animation' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Tout effacer' }).click();
    expect(await page.getByLabel('Titre (obligatoire)', { exact: true }).inputValue()).toBe('');
    await page.reload();
    await expect.poll(() => page.getByLabel('Publiée le (obligatoire)').inputValue()).not.toBe('');
    expect(await page.getByLabel('Titre (obligatoire)', { exact: true }).inputValue()).toBe('');
    await tab.close();
  });

  test('« Vérifier » never reloads the page', async () => {
    const tab = await open('acteurs');
    const { page } = tab;
    await page.evaluate(() => Object.assign(window, { __marker: 1 }));
    await page.getByLabel('Titre (obligatoire)', { exact: true }).press('Enter');
    await verify(page);
    await page.locator('#error-summary').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    await tab.close();
  });

  test('without JavaScript, the page says the form needs it and offers the blank record', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/contribuer/proposer/acteurs/`);
    expect(await page.locator('body').innerText()).toContain('Ce formulaire a besoin de JavaScript');
    const href = (await page.getByRole('link', { name: 'télécharger la fiche vierge' }).getAttribute('href')) as string;
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(await response.text()).toMatch(/^---\ntitre: À REMPLIR/);
    await context.close();
  });

  test('a file too long for a link falls back to the download, with instructions', async () => {
    const tab = await open('acteurs');
    const { page } = tab;
    await fillCommon(page, 'acteurs', 'Un long texte. '.repeat(700));
    await verify(page);
    await page.locator('#result').waitFor({ state: 'visible' });
    expect(await page.locator('#result-github').isHidden()).toBe(true);
    expect(await page.locator('#result-toolong').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'le dossier des fiches sur GitHub' }).getAttribute('href')).toBe(
      `${SITE.depot}/upload/${SITE.branche}/content/acteurs`,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger la fiche' }).click();
    expect((await download).suggestedFilename()).toBe('fiche-de-test-acteurs-a-saint-brieuc.md');
    await tab.close();
  });

  test('only the form pages load the form script', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/contribuer/proposer/acteurs/`);
    const scripts = await page.locator('script[type="module"]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    await page.goto(`${server.url}/contribuer/`);
    const elsewhere = await page.locator('script[type="module"]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    const form = scripts.filter((s) => s && !elsewhere.includes(s));
    expect(form.length).toBeGreaterThan(0);
    await page.close();
  });
});
