// The repository's content, built: a page per record and per list, references both ways.
import { frenchTypography } from '../../src/lib/display/typography.ts';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { referencedIds } from '../../src/lib/content/links.ts';
import { COLLECTIONS, referencesOf, sectionHref } from '../../src/schemas/collections.ts';
import { hrefs, readPage } from '../helpers/dist.ts';

const content = validateContent(contentDir());

describe('built record pages', () => {
  test('the repository content is valid', () => {
    expect(content.problems).toEqual([]);
    expect(content.records.length).toBeGreaterThanOrEqual(15);
  });

  test('every record has its page with its title, in French, with a skip link', () => {
    for (const r of content.records) {
      const doc = readPage(`/${r.collection}/${r.slug}/`);
      expect(doc.documentElement.getAttribute('lang')).toBe('fr');
      // Titles are shown with French typography (no-break spaces, typographic apostrophes).
      expect(doc.querySelector('h1')?.textContent).toBe(frenchTypography(String(r.data.titre)));
      const skip = doc.querySelector('a.skip-link');
      expect(skip?.getAttribute('href')).toBe('#contenu');
      expect(doc.querySelector('main#contenu')).not.toBeNull();
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(r.data.resume);
    }
  });

  test('every list page links to each of its records', () => {
    for (const collection of COLLECTIONS) {
      const links = hrefs(readPage(sectionHref(collection)).querySelector('main')!);
      for (const r of content.records.filter((x) => x.collection === collection)) {
        expect(links, `/${collection}/ → ${r.slug}`).toContain(`/${collection}/${r.slug}/`);
      }
    }
  });

  test('a cooperation links to its actors and lists its practices and testimonies', () => {
    const links = hrefs(readPage('/cooperations/monalisa-22/').querySelector('main')!);
    expect(links).toContain('/acteurs/association-de-kergus/');
    expect(links).toContain('/acteurs/office-des-retraites-briochins/');
    expect(links).toContain('/pratiques/travailler-en-groupes-thematiques/');
    expect(links).toContain('/temoignages/equipe-animation-monalisa-22/');
  });

  test('an actor lists where it takes part', () => {
    const links = hrefs(readPage('/acteurs/association-de-kergus/').querySelector('main')!);
    expect(links).toContain('/cooperations/monalisa-22/');
    expect(links).toContain('/temoignages/equipe-animation-monalisa-22/');
    expect(links).toContain('/pratiques/travailler-en-groupes-thematiques/');
    const cap = hrefs(readPage('/acteurs/cap-rural/').querySelector('main')!);
    expect(cap).toContain('/evenements/journee-exploration-plans-de-cooperation-pelussin-2015/');
  });

  test('every reference in the content is a link on the page of the record that makes it', () => {
    for (const r of content.records) {
      const links = new Set(hrefs(readPage(`/${r.collection}/${r.slug}/`).querySelector('main')!));
      // Every reference field of the descriptor, so a new one cannot be forgotten here.
      const refs = referencesOf(r.collection).flatMap(({ field, sub, to }) =>
        referencedIds(r.data, field, sub).map((id) => `/${to}/${id}/`),
      );
      for (const ref of refs) expect(links.has(ref), `${r.collection}/${r.slug} → ${ref}`).toBe(true);
    }
  });

  test('a past event page says it took place and where, and leads to its organiser’s address', () => {
    const main = readPage('/evenements/journee-exploration-plans-de-cooperation-pelussin-2015/').querySelector('main')!;
    expect(main.textContent).toContain('Cet événement a eu lieu le jeudi 5 mars 2015, 9 h 30 – 17 h.');
    expect(main.textContent).toContain('Pélussin (Loire)');
    // The day is over: nothing to register for, no places, no « Ajouter à mon agenda »…
    expect(main.textContent).not.toMatch(/S’inscrire|Ajouter à mon agenda|Places/);
    expect(hrefs(main.querySelector('.summary')!)).not.toContain('mailto:cooperationsentreacteurs@caprural.org');
    // …and the organiser's card and page give its published role address.
    expect(hrefs(main)).toContain('/acteurs/cap-rural/');
    expect(hrefs(main)).toContain('mailto:cooperationsentreacteurs@caprural.org');
    expect(hrefs(readPage('/acteurs/cap-rural/').querySelector('main')!)).toContain('mailto:cooperationsentreacteurs@caprural.org');
  });
});
