// Territory and theme hubs, built from the repository's content: each lists exactly the records
// whose own fields name it, and every record page links back to its hubs. Expected lists are
// computed here from the validated content, independently of src/lib/hubs.ts.
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { departement, region } from '../../src/lib/territories/territoires.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { allRoutes, hrefs, readPage } from '../helpers/dist.ts';

const content = validateContent(contentDir());
const records = content.records.filter((r) => !r.data.brouillon);
const url = (r: (typeof records)[number]) => `/${r.collection}/${r.slug}/`;
const deps = (r: (typeof records)[number]) => {
  const d = new Set((r.data.departements as string[] | undefined) ?? []);
  const lieu = r.data.lieu as { departement?: string } | undefined;
  if (r.collection === 'evenements' && lieu?.departement) d.add(lieu.departement);
  return [...d];
};
const regs = (r: (typeof records)[number]) => (r.data.regions as string[] | undefined) ?? [];
const national = records.filter((r) => deps(r).length === 0 && regs(r).length === 0);
const namedDeps = [...new Set(records.flatMap(deps))];
const namedRegions = [...new Set([...records.flatMap(regs), ...namedDeps.map((d) => departement(d)!.region)])];
const sorted = (xs: string[]) => [...new Set(xs)].sort();
/** Record links in the hub's main content, national section apart. */
function hubLinks(route: string) {
  const main = readPage(route).querySelector('main')!;
  const nat = main.querySelector('.hub-national');
  const natLinks = nat ? hrefs(nat) : [];
  nat?.remove();
  const isRecord = (h: string) => /^\/(cooperations|acteurs|temoignages|pratiques|evenements)\/[^/]+\/$/.test(h);
  return { local: sorted(hrefs(main).filter(isRecord)), national: sorted(natLinks.filter(isRecord)) };
}

describe('territory hubs', () => {
  test('exist for every département and région the content names (a région also through its départements), and no other', () => {
    const hubs = allRoutes().filter((r) => /^\/territoires\/[^/]+\/$/.test(r));
    expect(sorted(hubs)).toEqual(sorted([...namedDeps.map((d) => `/territoires/${d.toLowerCase()}/`), ...namedRegions.map((c) => `/territoires/region-${c}/`)]));
  });

  test.each(namedDeps)('département %s lists its records and its région’s, and the national ones apart', (code) => {
    const reg = departement(code)!.region;
    const expected = records.filter((r) => deps(r).includes(code) || regs(r).includes(reg)).map(url);
    const got = hubLinks(`/territoires/${code.toLowerCase()}/`);
    expect(got.local).toEqual(sorted(expected));
    expect(got.national).toEqual(sorted(national.map(url)));
    const doc = readPage(`/territoires/${code.toLowerCase()}/`);
    expect(doc.querySelector('h1')!.textContent).toBe(`${departement(code)!.nom} (${code})`);
    expect(hrefs(doc.querySelector('main')!)).toContain(`/territoires/region-${reg}/`);
  });

  test.each(namedRegions)('région %s lists the records of the région and of its départements', (code) => {
    const expected = records.filter((r) => regs(r).includes(code) || deps(r).some((d) => departement(d)!.region === code)).map(url);
    const got = hubLinks(`/territoires/region-${code}/`);
    expect(got.local).toEqual(sorted(expected));
    expect(readPage(`/territoires/region-${code}/`).querySelector('h1')!.textContent).toBe(region(code)!.nom);
  });

  test('the territories page links to every hub with its number of resources', () => {
    const main = readPage('/territoires/').querySelector('main')!;
    for (const code of namedDeps) {
      const link = [...main.querySelectorAll(`a[href="/territoires/${code.toLowerCase()}/"]`)].at(-1)!;
      const n = records.filter((r) => deps(r).includes(code)).length;
      expect(link.parentElement!.textContent).toContain(`(${n} ressource${n > 1 ? 's' : ''})`);
    }
    for (const code of namedRegions) expect(hrefs(main)).toContain(`/territoires/region-${code}/`);
  });

  test('every record page links to the hubs of its territories', () => {
    for (const r of records) {
      const links = hrefs(readPage(url(r)).querySelector('main')!);
      for (const d of deps(r)) expect(links, url(r)).toContain(`/territoires/${d.toLowerCase()}/`);
      for (const c of regs(r)) expect(links, url(r)).toContain(`/territoires/region-${c}/`);
    }
  });
});

describe('theme hubs', () => {
  test.each(content.themes.map((t) => [t.id, t.titre]))('%s lists exactly the records that name it', (id, titre) => {
    const doc = readPage(`/themes/${id}/`);
    expect(doc.querySelector('h1')!.textContent).toBe(titre);
    expect(hubLinks(`/themes/${id}/`).local).toEqual(sorted(records.filter((r) => (r.data.themes as string[]).includes(id)).map(url)));
  });

  test('the themes page and every record page link to the themes', () => {
    const list = hrefs(readPage('/themes/').querySelector('main')!);
    for (const t of content.themes) expect(list).toContain(`/themes/${t.id}/`);
    for (const r of records) {
      const links = hrefs(readPage(url(r)).querySelector('main')!);
      for (const t of r.data.themes as string[]) expect(links, url(r)).toContain(`/themes/${t}/`);
    }
  });
});

describe('record pages', () => {
  test('« En lien » never shows the same record twice nor the record itself', () => {
    for (const r of records) {
      const section = readPage(url(r)).querySelector('[aria-labelledby="en-lien"]');
      if (!section) continue;
      const links = hrefs(section).filter((h) => h.startsWith('/'));
      expect(links, url(r)).not.toContain(url(r));
      expect(new Set(links).size, url(r)).toBe(links.length);
    }
  });
});

describe('home and key figures', () => {
  const latest = new Map<string, (typeof content.chiffres)[number]>();
  for (const c of content.chiffres) if (!latest.has(c.indicateur) || latest.get(c.indicateur)!.date < c.date) latest.set(c.indicateur, c);

  test('the home page shows the latest value of each indicator, « près de » when approximate', () => {
    const text = readPage('/').querySelector('.key-figures')!.textContent!.replace(/\s+/g, ' ');
    for (const c of latest.values()) {
      const value = new Intl.NumberFormat('fr-FR').format(c.valeur);
      expect(text).toContain(c.approximatif ? `près de ${value}` : value);
    }
  });

  test('the home page links to every theme, to the map and to each type of resource', () => {
    const links = hrefs(readPage('/').querySelector('main')!);
    for (const t of content.themes) expect(links).toContain(`/themes/${t.id}/`);
    for (const p of ['/carte/', '/territoires/', '/cooperations/', '/acteurs/', '/pratiques/', '/temoignages/', '/evenements/', '/chiffres/']) expect(links).toContain(p);
  });

  test('the key figures page draws each chart as inline SVG with a table of the same values and a summary', () => {
    const doc = readPage('/chiffres/');
    for (const id of ['cooperations-lancees', 'signataires-charte']) {
      const section = doc.querySelector(`[aria-labelledby="titre-${id}"]`)!;
      const svg = section.querySelector('svg[role="img"]')!;
      expect(svg).not.toBeNull();
      const points = content.chiffres.filter((c) => c.indicateur === id.replace('-', '_').replace('-', '_')).toSorted((a, b) => (a.date < b.date ? -1 : 1));
      expect(points.length).toBeGreaterThan(1);
      expect(svg.querySelectorAll('circle')).toHaveLength(points.length);
      const cells = [...section.querySelectorAll('tbody td.nombre')].map((td) => td.textContent);
      expect(cells).toEqual(points.map((p) => (p.approximatif ? 'près de ' : '') + new Intl.NumberFormat('fr-FR').format(p.valeur)));
      expect(section.querySelector('p')!.textContent).toMatch(/^De .+ en .+ à .+ en .+\.$/);
    }
    expect(doc.querySelector('#sources')).not.toBeNull();
  });
});

describe('site pages', () => {
  test('about, legal notice, accessibility statement and 404 exist and say what they must', () => {
    expect(readPage('/a-propos/').querySelector('h1')!.textContent).toBe('À propos');
    const legal = readPage('/mentions-legales/').querySelector('main')!.textContent!;
    expect(legal).toContain('aucun cookie');
    // The zero-configuration build says what is missing rather than inventing a publisher.
    for (const s of ['Éditeur : non renseigné', 'Hébergeur : non renseigné', 'Contact : non renseigné']) expect(legal).toContain(s);
    const a11y = readPage('/accessibilite/').querySelector('main')!.textContent!;
    for (const s of ['partiellement conforme', 'RGAA', 'Contenus non accessibles', 'Environnement de test', 'Retour d’information', 'Voies de recours', 'Défenseur des droits']) expect(a11y).toContain(s);
    const notFound = readPage('/404.html');
    const form = notFound.querySelector('main form')!;
    expect(form.getAttribute('action')).toBe('/recherche/');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelector('input[name="q"]')).not.toBeNull();
    for (const p of ['/', '/territoires/', '/themes/', '/evenements/']) expect(hrefs(notFound.querySelector('main')!)).toContain(p);
  });

  test('no page of this feature needs JavaScript', () => {
    for (const route of ['/', '/territoires/', '/themes/', '/chiffres/', '/a-propos/', '/mentions-legales/', '/accessibilite/', '/evenements/', '/404.html']) {
      const scripts = [...readPage(route).querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts, route).toEqual([]);
    }
  });
});
