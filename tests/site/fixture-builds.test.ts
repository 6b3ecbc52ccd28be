// Builds of small content folders: unsafe Markdown, drafts, and invalid content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { COLLECTIONS, DESCRIPTORS, referencesOf } from '../../src/schemas/collections.ts';
import { buildSite } from '../helpers/build.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { allRoutes, readPage } from '../helpers/dist.ts';

afterAll(cleanContent);

const UNSAFE_BODY = `
Texte normal.

<script>alert('pris')</script>

<img src="x" onerror="alert('pris')">

Un [lien piégé](javascript:alert('pris')) et un autre <a href="javascript:alert(1)">lien HTML</a>.

<div onclick="alert(1)">clic</div>
`;

/**
 * For each collection whose descriptor keeps some valid records back (`publiee`: a question
 * without its answer), its first real record without its text, under a name of its own.
 */
const real = validateContent(contentDir());
const keptBack = COLLECTIONS.filter((c) => DESCRIPTORS[c].publiee).map((collection) => {
  const record = real.records.find((r) => r.collection === collection)!;
  const titre = `Fiche retenue ${collection} ${record.slug}`;
  // The descriptor's own rule says the record, without its text, stays out of the site.
  const rule = DESCRIPTORS[collection].publiee as (r: { data: unknown; body: string }) => boolean;
  // Its references point to records of the repository, absent from the small corpus: left out.
  const raw: Record<string, unknown> = { ...record.raw, titre, themes: ['gouvernance'] };
  for (const { field, sub } of referencesOf(collection)) {
    if (!sub) delete raw[field];
    else if (Array.isArray(raw[field])) raw[field] = (raw[field] as Array<Record<string, unknown>>).map(({ [sub]: _ref, ...rest }) => rest);
  }
  return {
    collection,
    slug: `${record.slug}-retenue`,
    titre,
    file: `---\n${stringify(raw)}---\n`,
    published: rule({ data: { ...record.data, titre }, body: '' }),
  };
});

/** Every text file of a build, with its path. */
function textFiles(dir: string): Array<[string, string]> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(html|json|xml|csv|ics|txt|geojson|js)$/.test(f.name))
    .map((f) => [path.join(f.parentPath, f.name), readFileSync(path.join(f.parentPath, f.name), 'utf8')]);
}

describe('a build from contributed content', () => {
  const dir = makeContent({
    'pratiques/pratique-test.md': VALID['pratiques/pratique-test.md']!.replace('Comment faire.\n', UNSAFE_BODY),
    'acteurs/brouillon.md': VALID['acteurs/asso-test.md']!.replace(
      'titre: Association de test',
      'titre: Acteur en brouillon\nbrouillon: true',
    ),
    ...Object.fromEntries(keptBack.map((k) => [`${k.collection}/${k.slug}.md`, k.file])),
  });
  const build = buildSite({ contentDir: dir, full: false });

  test('succeeds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  test('never turns raw HTML, event handlers or javascript: links into markup', () => {
    const doc = readPage('/pratiques/pratique-test/', build.outDir);
    const article = doc.querySelector('article')!;
    expect(article.textContent).toContain('Texte normal.');
    expect(article.querySelectorAll('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('script')].filter((s) => s.textContent?.includes('pris'))).toEqual([]);
    expect(article.querySelectorAll('img, div[onclick]')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
    const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    // The reader still sees what was written, as text.
    expect(article.textContent).toContain("<script>alert('pris')</script>");
  });

  test('leaves drafts out of the production build', () => {
    const routes = allRoutes(build.outDir);
    expect(routes).toContain('/acteurs/asso-test/');
    expect(routes).not.toContain('/acteurs/brouillon/');
    const list = readFileSync(path.join(build.outDir, 'acteurs/index.html'), 'utf8');
    expect(list).not.toContain('Acteur en brouillon');
  });

  test('never renders, lists, indexes or exports a record its descriptor keeps back, nor a draft', () => {
    expect(keptBack).toHaveLength(COLLECTIONS.filter((c) => DESCRIPTORS[c].publiee).length);
    const files = textFiles(build.outDir);
    expect(files.length).toBeGreaterThan(100);
    for (const k of keptBack) {
      expect(k.published, k.slug).toBe(false);
      expect(allRoutes(build.outDir)).not.toContain(`/${k.collection}/${k.slug}/`);
      // Not in a list, a feed, the open data, the sitemap, a form's choices: its name appears nowhere.
      expect(
        files.filter(([, text]) => text.includes(k.slug) || text.includes(k.titre)).map(([f]) => f),
        k.slug,
      ).toEqual([]);
    }
    expect(files.filter(([, text]) => text.includes('Acteur en brouillon')).map(([f]) => f)).toEqual([]);
  });
});

describe('a build from invalid content', () => {
  const dir = makeContent({
    'acteurs/asso-test.md': VALID['acteurs/asso-test.md']!.replace('themes: [isolement-social]', 'themes: [cuisine]'),
  });
  const build = buildSite({ contentDir: dir, full: false });

  test('fails with the validator’s message naming the file, line and field', () => {
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain("acteurs/asso-test.md:5: themes[0] — « cuisine » n'est pas un thème connu");
  });

  test('writes nothing', () => {
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});
