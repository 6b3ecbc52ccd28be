// Territory and theme hubs, built from the repository's content: each lists exactly the records
// whose own fields name it, and every record page links back to its hubs. Expected lists are
// computed here from the validated content, independently of src/lib/hubs.ts.
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content/content-dir.ts';
import { DEPARTEMENTS, REGIONS, departement, region } from '../../src/lib/territories/territoires.ts';
import { departementNeighbours } from '../../src/lib/territories/neighbours.ts';
import { validateContent } from '../../src/lib/content/validation.ts';
import { INDICATEURS } from '../../src/schemas/donnees.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAIN_DIST } from '../helpers/build.ts';
import { COLLECTIONS, MENU, proposerLabel, sectionHref } from '../../src/schemas/collections.ts';
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
const allDeps = DEPARTEMENTS.map((d) => d.code);
const allRegions = REGIONS.map((r) => r.code);
const adjacency = departementNeighbours();
const sorted = (xs: string[]) => [...new Set(xs)].sort();
const isRecord = (h: string) => COLLECTIONS.some((c) => new RegExp(`^/${c}/[^/]+/$`).test(h));
/** Record links of one section of a hub, and the number the section says it holds. */
function section(route: string, name: string): { links: string[]; count: number } {
  const nodes = [...readPage(route).querySelectorAll(`main [data-section="${name}"]`)];
  return {
    links: sorted(nodes.flatMap((n) => hrefs(n)).filter(isRecord)),
    count: nodes.reduce((k, n) => k + Number(n.getAttribute('data-count')), 0),
  };
}
/** A section lists what it should: all of it when short, else the first ones and the right count. */
function expectSection(route: string, name: string, expected: string[]) {
  const got = section(route, name);
  expect(got.count, `${route} ${name}`).toBe(expected.length);
  if (expected.length <= 6) expect(got.links, `${route} ${name}`).toEqual(sorted(expected));
  else for (const l of got.links) expect(sorted(expected), `${route} ${name}`).toContain(l);
}
const nationalLinks = (route: string) =>
  sorted(hrefs(readPage(route).querySelector('main .hub-national') ?? readPage(route).createElement('div')).filter(isRecord));
const depRoute = (code: string) => `/territoires/${code.toLowerCase()}/`;
/** Record links in a theme hub's main content, national section apart. */
function hubLinks(route: string) {
  const main = readPage(route).querySelector('main')!;
  const nat = main.querySelector('.hub-national');
  const natLinks = nat ? hrefs(nat) : [];
  nat?.remove();
  return { local: sorted(hrefs(main).filter(isRecord)), national: sorted(natLinks.filter(isRecord)) };
}

describe('territory hubs', () => {
  test('exist for each of the 101 départements and 18 régions, with or without records', () => {
    const hubs = allRoutes().filter((r) => /^\/territoires\/[^/]+\/$/.test(r));
    expect(hubs).toHaveLength(119);
    expect(sorted(hubs)).toEqual(sorted([...allDeps.map(depRoute), ...allRegions.map((c) => `/territoires/region-${c}/`)]));
  });

  test.each(allDeps)('département %s: its own records, its région’s, its neighbours’, then the national ones', (code) => {
    const reg = departement(code)!.region;
    const route = depRoute(code);
    const inReg = (d: string) => departement(d)!.region === reg;
    const local = records.filter((r) => deps(r).includes(code));
    const regional = records.filter((r) => !local.includes(r) && regs(r).includes(reg) && !deps(r).some(inReg));
    const inRegion = records.filter((r) => !local.includes(r) && !regional.includes(r) && deps(r).some(inReg));
    const near = adjacency.get(code) ?? [];
    const nearby = records.filter((r) => ![...local, ...regional, ...inRegion].includes(r) && deps(r).some((d) => near.includes(d)));
    expectSection(route, 'local', local.map(url));
    expectSection(route, 'regional', regional.map(url));
    expectSection(route, 'in-region', inRegion.map(url));
    expectSection(route, 'nearby', nearby.map(url));
    expect(nationalLinks(route)).toEqual(sorted(national.map(url)));
    const doc = readPage(route);
    expect(doc.querySelector('h1')!.textContent).toBe(`${departement(code)!.nom} (${code})`);
    const links = hrefs(doc.querySelector('main')!);
    expect(links).toContain(`/territoires/region-${reg}/`);
    for (const n of near) expect(links).toContain(depRoute(n));
    for (const c of COLLECTIONS) expect(links).toContain(`/contribuer/proposer/${c}/?departement=${code}`);
  });

  test('a Côtes-d’Armor cooperation that also names Bretagne is not one of Finistère’s own', () => {
    const coop = records.find((r) => r.collection === 'cooperations' && deps(r).includes('22') && regs(r).includes('53'));
    expect(coop, 'the repository’s MONALISA 22 cooperation names the 22 and Bretagne').toBeDefined();
    expect(section('/territoires/29/', 'local').links).not.toContain(url(coop!));
    expect(section('/territoires/29/', 'in-region').links).toContain(url(coop!));
    expect(section('/territoires/22/', 'local').links).toContain(url(coop!));
  });

  test.each(allRegions)('région %s lists its own records and those of its départements', (code) => {
    const route = `/territoires/region-${code}/`;
    const regional = records.filter((r) => regs(r).includes(code) && !deps(r).some((d) => departement(d)!.region === code));
    const through = records.filter(
      (r) => !regional.includes(r) && (regs(r).includes(code) || deps(r).some((d) => departement(d)!.region === code)),
    );
    expectSection(route, 'regional', regional.map(url));
    expectSection(route, 'local', through.map(url));
    const doc = readPage(route);
    expect(doc.querySelector('h1')!.textContent).toBe(region(code)!.nom);
    const links = hrefs(doc.querySelector('main')!);
    for (const d of DEPARTEMENTS.filter((x) => x.region === code)) expect(links).toContain(depRoute(d.code));
    expect(links).toContain(`/contribuer/proposer/cooperations/?region=${code}`);
  });

  test('the territories page lists every département under its région, with its number of resources', () => {
    const main = readPage('/territoires/').querySelector('main')!;
    for (const code of allDeps) {
      const link = main.querySelector(`a[href="${depRoute(code)}"]`);
      expect(link, code).not.toBeNull();
      const n = records.filter((r) => deps(r).includes(code)).length;
      if (n > 0) expect(link!.parentElement!.textContent).toContain(`(${n} ressource${n > 1 ? 's' : ''})`);
    }
    for (const code of allRegions) expect(hrefs(main)).toContain(`/territoires/region-${code}/`);
  });

  test('every département with resources links from the map to its page; every département from /territoires/', () => {
    const links = hrefs(readPage('/carte/').querySelector('svg.france-map')!);
    const listed = hrefs(readPage('/carte/').querySelector('main .carte-liste')!);
    expect(listed.length).toBeGreaterThan(0);
    for (const href of listed) expect(links).toContain(href);
    const territoires = hrefs(readPage('/territoires/').querySelector('main')!);
    for (const code of allDeps) expect(territoires).toContain(depRoute(code));
  });

  test('every record page links to the hubs of its territories', () => {
    for (const r of records) {
      const links = hrefs(readPage(url(r)).querySelector('main')!);
      for (const d of deps(r)) expect(links, url(r)).toContain(depRoute(d));
      for (const c of regs(r)) expect(links, url(r)).toContain(`/territoires/region-${c}/`);
    }
  });
});

describe('theme hubs', () => {
  test.each(content.themes.map((t) => [t.id, t.titre]))('%s lists exactly the records that name it', (id, titre) => {
    const doc = readPage(`/themes/${id}/`);
    expect(doc.querySelector('h1')!.textContent).toBe(titre);
    expect(hubLinks(`/themes/${id}/`).local).toEqual(sorted(records.filter((r) => (r.data.themes as string[]).includes(id)).map(url)));
    // One invitation per collection, in its descriptor's words, with the theme preselected.
    const propose = [...doc.querySelectorAll('.hub-propose a')].map((a) => [a.getAttribute('href'), a.firstChild?.textContent]);
    expect(propose).toEqual(COLLECTIONS.map((c) => [`/contribuer/proposer/${c}/?theme=${id}`, proposerLabel(c)]));
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
    let sections = 0;
    for (const r of records) {
      const section = readPage(url(r)).querySelector('[aria-labelledby="en-lien"]');
      if (!section) continue;
      sections++;
      const links = hrefs(section).filter((h) => h.startsWith('/'));
      expect(links, url(r)).not.toContain(url(r));
      expect(new Set(links).size, url(r)).toBe(links.length);
    }
    // Most records have related ones: a section renamed or gone would otherwise pass unseen.
    expect(sections).toBeGreaterThan(records.length / 2);
  });
});

describe('home and key figures', () => {
  const latest = new Map<string, (typeof content.chiffres)[number]>();
  for (const c of content.chiffres) if (!latest.has(c.indicateur) || latest.get(c.indicateur)!.date < c.date) latest.set(c.indicateur, c);

  test('the home page shows the latest value of each indicator, « près de » when approximate', () => {
    const text = readPage('/').querySelector('.key-figures')!.textContent.replace(/\s+/g, ' ');
    for (const c of latest.values()) {
      const value = new Intl.NumberFormat('fr-FR').format(c.valeur);
      expect(text).toContain(c.approximatif ? `près de ${value}` : value);
    }
  });

  test('/chiffres/ names each indicator with its one label, in its latest figure and its own section', () => {
    const page = readPage('/chiffres/');
    const headings = [...page.querySelectorAll('main h2')].map((h) => h.textContent.trim());
    const figures = page.querySelector('.key-figures')!.textContent.replace(/\s+/g, ' ');
    const indicators = [...latest.keys()] as Array<keyof typeof INDICATEURS>;
    for (const i of indicators) expect(figures, i).toContain(INDICATEURS[i]);
    // Every indicator with a series of its own has its section, titled with the same label.
    const withSeries = indicators.filter((i) => content.chiffres.filter((c) => c.indicateur === i).length > 1);
    for (const i of withSeries) expect(headings, i).toContain(INDICATEURS[i]);
    expect(withSeries.length).toBeGreaterThan(0);
  });

  test('the home page links to every theme, to the map and to each type of resource', () => {
    const links = hrefs(readPage('/').querySelector('main')!);
    for (const t of content.themes) expect(links).toContain(`/themes/${t.id}/`);
    for (const p of ['/carte/', '/territoires/', ...MENU.map(sectionHref), '/chiffres/']) expect(links).toContain(p);
  });

  test('the key figures page draws each chart as inline SVG with a table of the same values and a summary', () => {
    const doc = readPage('/chiffres/');
    for (const id of ['cooperations-lancees', 'signataires-charte']) {
      const section = doc.querySelector(`[aria-labelledby="titre-${id}"]`)!;
      const svg = section.querySelector('svg[role="img"]')!;
      expect(svg).not.toBeNull();
      const points = content.chiffres
        .filter((c) => c.indicateur === id.replace('-', '_').replace('-', '_'))
        .toSorted((a, b) => (a.date < b.date ? -1 : 1));
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
    const legal = readPage('/mentions-legales/').querySelector('main')!.textContent;
    expect(legal).toContain('aucun cookie');
    // The zero-configuration build says what is missing rather than inventing a publisher.
    const plain = legal.replace(/[\u00a0\u202f]/g, ' ');
    for (const s of ['Éditeur : non renseigné', 'Hébergeur : non renseigné', 'Contact : non renseigné']) expect(plain).toContain(s);
    const a11y = readPage('/accessibilite/').querySelector('main')!.textContent;
    for (const s of [
      'partiellement conforme',
      'RGAA',
      'Contenus non accessibles',
      'Environnement de test',
      'Retour d’information',
      'Voies de recours',
      'Défenseur des droits',
    ])
      expect(a11y).toContain(s);
    const notFound = readPage('/404.html');
    const form = notFound.querySelector('main form')!;
    expect(form.getAttribute('action')).toBe('/recherche/');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelector('input[name="q"]')).not.toBeNull();
    for (const p of ['/', '/territoires/', '/themes/', '/evenements/']) expect(hrefs(notFound.querySelector('main')!)).toContain(p);
  });

  test('no page of this feature needs JavaScript beyond the commune finder’s small loader', () => {
    const scriptsOf = (route: string) =>
      [...readPage(route).querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    for (const route of ['/themes/', '/chiffres/', '/a-propos/', '/mentions-legales/', '/accessibilite/', '/evenements/', '/404.html'])
      expect(scriptsOf(route), route).toEqual([]);
    for (const route of ['/', '/territoires/']) {
      const scripts = scriptsOf(route);
      expect(
        scripts.map((s) => s.getAttribute('src')),
        route,
      ).toEqual([expect.stringMatching(/^\/_astro\/CommuneFinder\.astro.*\.js$/)]);
      // The combobox and the communes are fetched only when the field is used.
      const loader = readFileSync(path.join(MAIN_DIST, scripts[0]!.getAttribute('src')!), 'utf8');
      expect(loader.length).toBeLessThan(2_000);
      expect(loader).not.toContain('autocomplete__');
    }
  });
});
