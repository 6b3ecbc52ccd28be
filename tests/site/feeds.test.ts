// Feeds, calendars, open data and structured data of a built site: a fixture corpus
// with events across the DST change, and the repository's own content.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { Package } from 'datapackage';
import ICAL from 'ical.js';
import jsonld from 'jsonld';
import { afterAll, describe, expect, test } from 'vitest';
import { insideFrance } from '../../src/schemas/shared/geography.ts';
import { COLLECTIONS, DESCRIPTORS, type CollectionName } from '../../src/schemas/collections.ts';
import { buildSite, MAIN_DIST } from '../helpers/build.ts';
import { cleanContent, makeContent, VALID } from '../helpers/content.ts';
import { allRoutes, readPage } from '../helpers/dist.ts';
import { HAS_BROWSER, launchBrowser, watchCsp, watchPage } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';

afterAll(cleanContent);

const SITE_URL = 'https://cooperations.example.org';
const xml = new XMLParser({ ignoreAttributes: false });
const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');

const event = (slug: string, fields: string) =>
  VALID['evenements/evenement-test.md']!.replace(/debut: .*\nfin: .*\n/, fields).replace(
    'titre: Événement de test',
    `titre: Événement ${slug}`,
  );

const FIXTURE = {
  'evenements/ete.md': event('d’été, à Pélussin; programme', 'debut: 2027-07-01T09:00:00+02:00\nfin: 2027-07-01T17:30:00+02:00\n'),
  // 28 March 2027 is the day Paris moves from +01:00 to +02:00 (at 2 a.m.).
  'evenements/changement-d-heure.md': event('du changement d’heure', 'debut: 2027-03-28T10:00:00+02:00\nfin: 2027-03-28T12:00:00+02:00\n'),
  'evenements/deux-jours.md': event('sur deux jours', 'debut: 2027-05-20\nfin: 2027-05-21\n'),
  'evenements/annule.md': event('annulé', 'debut: 2026-11-05T14:00:00+01:00\nfin: 2026-11-05T16:00:00+01:00\nstatut: annule\n'),
  // A title a spreadsheet would run as a formula, in a record whose place the sources do not give.
  'evenements/formule.md': event('formule', 'debut: 2027-06-10\nfin: 2027-06-10\n')
    .replace('titre: Événement formule', 'titre: "=HYPERLINK(\\"https://exemple.invalid/\\";\\"Cliquez\\")"')
    .replace(/lieu:\n(?: {2}.*\n)+/, 'lieu_non_precise: true\n'),
};

/** Every file of a build, relative to it. */
function allFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  );
}

function parseIcs(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent').map((v) => ({ comp: v, ev: new ICAL.Event(v) }));
}

function jsonLd(doc: Document): Array<Record<string, unknown>> {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

function validator(schema: object) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** Checks every site must pass, whatever its content. */
function sharedChecks(dist: () => string, label: string) {
  describe(`${label}: open data`, () => {
    test.each(COLLECTIONS)('%s.json validates against its own JSON Schema and holds every record', (c) => {
      const data = JSON.parse(read(dist(), `donnees/${c}.json`));
      const schema = JSON.parse(read(dist(), `donnees/${c}.schema.json`));
      const validate = validator(schema);
      expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
      expect(data.licence.nom).toContain('Licence Ouverte');
      const pages = allRoutes(dist())
        .filter((r) => new RegExp(`^/${c}/[^/]+/$`).test(r))
        .map((r) => r.split('/')[2]);
      expect(data.donnees.map((r: { id: string }) => r.id).sort()).toEqual(pages.sort());
      expect(data.nombre).toBe(pages.length);
    });

    test.each(COLLECTIONS)('%s.csv is RFC 4180 UTF-8 without a BOM, one line per record and the JSON’s ids', (c) => {
      const csv = read(dist(), `donnees/${c}.csv`);
      expect(csv.startsWith('id,url,')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const ids = JSON.parse(read(dist(), `donnees/${c}.json`)).donnees.map((r: { id: string }) => r.id);
      const firstCells = csv
        .replace(/"(?:[^"]|"")*"/g, '""')
        .split('\r\n')
        .slice(1, -1)
        .map((l) => l.split(',')[0]);
      expect(firstCells).toEqual(ids);
    });

    test('datapackage.json is a valid Data Package listing every file, and every CSV passes its Table Schema', async () => {
      const dir = path.join(dist(), 'donnees');
      const pkg = await Package.load(path.join(dir, 'datapackage.json'), { basePath: dir });
      expect(pkg.errors.map(String)).toEqual([]);
      expect(pkg.valid).toBe(true);
      const listed = pkg.resources.map((r) => String(r.descriptor.path)).sort();
      const files = readdirSync(dir)
        .filter((f) => /\.(csv|json|geojson)$/.test(f) && f !== 'datapackage.json')
        .sort();
      expect(listed).toEqual(files);
      expect(JSON.parse(read(dist(), 'donnees/datapackage.json')).licenses[0].name).toBe('etalab-2.0');
      const tabular = pkg.resources.filter((r) => r.tabular);
      expect(tabular.map((r) => r.name).sort()).toEqual(COLLECTIONS.map((c) => `${c}.csv`).sort());
      for (const r of tabular) {
        // read() casts every cell to its field's type and constraints, and throws on the first mismatch.
        const rows = (await r.read({ keyed: true })) as Array<Record<string, unknown>>;
        const json = JSON.parse(read(dist(), `donnees/${r.name.replace('.csv', '.json')}`));
        expect(
          rows.map((row) => row.id),
          r.name,
        ).toEqual(json.donnees.map((d: { id: string }) => d.id));
        const published = JSON.parse(read(dist(), `donnees/${r.name.replace('.csv', '.tableschema.json')}`)) as {
          fields: Array<{ name: string }>;
        };
        expect(published.fields.map((f) => f.name)).toEqual((r.descriptor.schema as typeof published).fields.map((f) => f.name));
      }
    });

    test('catalogue.jsonld expands to a DCAT catalogue whose datasets and distributions have DCAT-AP’s properties and built files', async () => {
      const DCAT = 'http://www.w3.org/ns/dcat#';
      const DCT = 'http://purl.org/dc/terms/';
      type Node = Record<string, Array<Record<string, unknown>>> & { '@type'?: string[] };
      const graph = (await jsonld.expand(JSON.parse(read(dist(), 'donnees/catalogue.jsonld')))) as Node[];
      const catalog = graph.find((n) => n['@type']?.includes(`${DCAT}Catalog`));
      expect(catalog).toBeDefined();
      for (const p of [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`]) expect(catalog![p], p).toBeDefined();
      const datasets = catalog![`${DCAT}dataset`] as Node[];
      expect(datasets).toHaveLength(COLLECTIONS.length + 1);
      const files = new Set(readdirSync(path.join(dist(), 'donnees')));
      for (const d of datasets) {
        for (const p of [
          `${DCT}title`,
          `${DCT}description`,
          `${DCT}identifier`,
          `${DCT}publisher`,
          `${DCT}license`,
          `${DCT}modified`,
          `${DCAT}distribution`,
        ])
          expect(d[p], p).toBeDefined();
        for (const file of d[`${DCAT}distribution`] as Node[]) {
          for (const p of [`${DCAT}accessURL`, `${DCAT}downloadURL`, `${DCT}format`, `${DCAT}mediaType`, `${DCT}license`])
            expect(file[p], p).toBeDefined();
          const url = new URL(String(file[`${DCAT}downloadURL`]![0]!['@id']));
          expect(files.has(url.pathname.replace('/donnees/', '')), url.pathname).toBe(true);
        }
      }
    });

    test('/donnees/ describes the data as a schema.org Dataset with its downloads', () => {
      const ld = jsonLd(readPage('/donnees/', dist())).find((b) => b['@type'] === 'Dataset') as
        { description: string; license: string; distribution: Array<{ contentUrl: string }> } | undefined;
      expect(ld).toBeDefined();
      expect(ld!.description.length).toBeGreaterThanOrEqual(50);
      expect(ld!.license).toContain('licence-ouverte');
      expect(ld!.distribution.length).toBe(COLLECTIONS.length * 2 + 1);
    });

    test('lieux.geojson is valid, longitude first and inside France', () => {
      const geo = JSON.parse(read(dist(), 'donnees/lieux.geojson'));
      const validate = validator(JSON.parse(read(dist(), 'donnees/lieux.schema.json')));
      expect(validate(geo), JSON.stringify(validate.errors)).toBe(true);
      expect(geo.features.length).toBeGreaterThan(0);
      for (const f of geo.features) expect(insideFrance(f.geometry.coordinates), JSON.stringify(f)).toBe(true);
    });
  });

  describe(`${label}: feeds, sitemap and page metadata`, () => {
    test('every .ics parses with ical.js and holds at least one component (RFC 5545)', () => {
      const calendars = allFiles(dist()).filter((f) => f.endsWith('.ics'));
      expect(calendars.length).toBeGreaterThan(1);
      for (const f of calendars) {
        const cal = new ICAL.Component(ICAL.parse(read(dist(), f)));
        expect(cal.name, f).toBe('vcalendar');
        expect(cal.getAllSubcomponents().length, f).toBeGreaterThan(0);
      }
    });

    test('every page has a share picture (og:image, a built 1200×630 PNG) with its text alternative; favicon.ico exists', () => {
      const png = readFileSync(path.join(dist(), 'og-image.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      for (const route of allRoutes(dist()).filter((r) => r !== '/404.html' && !r.startsWith('/integrer/'))) {
        const doc = readPage(route, dist());
        const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
        expect(new URL(meta('og:image') ?? '', 'http://x').pathname, route).toBe('/og-image.png');
        expect(meta('og:image:alt'), route).toBeTruthy();
      }
      const ico = readFileSync(path.join(dist(), 'favicon.ico'));
      expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    });

    test('rss.xml lists records whose links are built pages', () => {
      const doc = xml.parse(read(dist(), 'rss.xml'));
      const items = [doc.rss.channel.item].flat();
      expect(items.length).toBeGreaterThan(0);
      const routes = new Set(allRoutes(dist()));
      for (const i of items) {
        expect(routes.has(new URL(i.link).pathname), i.link).toBe(true);
        expect(Number.isNaN(Date.parse(i.pubDate))).toBe(false);
        expect(i.category).toBeTruthy();
      }
    });

    test('every hub feed parses and is announced in its page’s head', () => {
      const hubs = allRoutes(dist()).filter((r) => /^\/(territoires|themes)\/[^/]+\/$/.test(r));
      expect(hubs.length).toBeGreaterThan(0);
      for (const hub of hubs) {
        const doc = xml.parse(read(dist(), `${hub}rss.xml`));
        expect(doc.rss.channel.title, hub).toBeTruthy();
        const links = [...readPage(hub, dist()).querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')].map((l) =>
          l.getAttribute('href'),
        );
        expect(links).toContain(`${hub}rss.xml`);
      }
    });

    test('sitemap.xml lists every page but the embeds and 404, with lastmod on records; robots.txt points to it', () => {
      const doc = xml.parse(read(dist(), 'sitemap.xml'));
      const urls = [doc.urlset.url].flat() as Array<{ loc: string; lastmod?: string }>;
      const listed = new Set(urls.map((u) => new URL(u.loc).pathname));
      const expected = allRoutes(dist()).filter((r) => r !== '/404.html' && !/^\/integrer\/[^/]+\/$/.test(r));
      expect([...listed].sort()).toEqual(expected.sort());
      const recordUrls = urls.filter(
        (u) =>
          COLLECTIONS.includes(new URL(u.loc).pathname.split('/')[1] as CollectionName) && new URL(u.loc).pathname.split('/').length === 4,
      );
      expect(recordUrls.length).toBeGreaterThan(COLLECTIONS.length);
      for (const u of recordUrls) {
        expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(read(dist(), 'robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    });

    test('every page has OpenGraph and Twitter tags, and JSON-LD that parses', () => {
      for (const route of allRoutes(dist()).filter((r) => r !== '/404.html' && !r.startsWith('/integrer/'))) {
        const doc = readPage(route, dist());
        const meta = (p: string) => doc.querySelector(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute('content');
        for (const p of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name', 'twitter:card'])
          expect(meta(p), `${route} ${p}`).toBeTruthy();
        expect(meta('og:locale')).toBe('fr_FR');
        expect(meta('og:url')).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
        const blocks = jsonLd(doc);
        const crumbs = doc.querySelectorAll('nav.breadcrumb li');
        if (crumbs.length) {
          const list = blocks.find((b) => b['@type'] === 'BreadcrumbList') as { itemListElement: unknown[] } | undefined;
          expect(list?.itemListElement, route).toHaveLength(crumbs.length);
        }
      }
    });

    test('record pages carry Event, Organization or Article with their required properties', () => {
      // The type each collection's descriptor declares; its record page must carry it.
      // (A cooperation is described by its actors and pages, with no schema.org type of its own.)
      const typeOf: Partial<Record<string, string>> = Object.fromEntries(
        COLLECTIONS.flatMap((c) => (DESCRIPTORS[c].schemaOrg ? [[c, DESCRIPTORS[c].schemaOrg]] : [])),
      );
      const required: Record<string, string[]> = {
        Event: ['name', 'startDate', 'endDate', 'eventStatus', 'eventAttendanceMode', 'organizer'],
        Organization: ['name', 'url'],
        Article: ['headline', 'datePublished', 'dateModified', 'author', 'publisher'],
      };
      const checked = new Map<string, number>();
      for (const route of allRoutes(dist())) {
        const c = route.split('/')[1]!;
        if (!typeOf[c] || route.split('/').length !== 4) continue;
        checked.set(c, (checked.get(c) ?? 0) + 1);
        const block = jsonLd(readPage(route, dist())).find((b) => b['@type'] === typeOf[c]);
        expect(block, route).toBeDefined();
        for (const p of required[typeOf[c]]!) expect(block![p], `${route} ${p}`).toBeDefined();
        // Search engines ignore an event without a location: when the sources give no place, a Place says what is known.
        if (typeOf[c] === 'Event')
          expect(block!.location, route).toMatchObject({ '@type': expect.stringMatching(/^(Place|VirtualLocation)$/) });
        if (typeOf[c] === 'Event') expect(String(block!.startDate)).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
      }
      // Every record page of each type was checked, not none of them.
      expect(Object.keys(typeOf).length).toBeGreaterThan(0);
      for (const c of Object.keys(typeOf))
        expect(checked.get(c) ?? 0, c).toBe((JSON.parse(read(dist(), `donnees/${c}.json`)) as { nombre: number }).nombre);
    });
  });
}

describe('a fixture corpus with events in winter, summer, on the DST day, all day and cancelled', () => {
  const build = buildSite({ contentDir: makeContent(FIXTURE), full: false, env: { SITE_URL } });
  const dist = () => build.outDir;

  test('builds', () => {
    expect(build.status, build.stderr + build.stdout).toBe(0);
  });

  test('agenda.ics holds every event, at the right instants in Europe/Paris', () => {
    const text = read(dist(), 'agenda.ics');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const events = new Map(parseIcs(text).map((e) => [e.ev.uid, e]));
    expect([...events.keys()].sort()).toEqual(
      ['annule', 'changement-d-heure', 'deux-jours', 'ete', 'evenement-test', 'formule'].map((s) => `${s}@cooperations.example.org`),
    );
    const at = (slug: string) => events.get(`${slug}@cooperations.example.org`)!;
    expect(at('evenement-test').ev.startDate.toJSDate().toISOString()).toBe('2027-03-04T08:30:00.000Z');
    expect(at('changement-d-heure').ev.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(at('ete').ev.startDate.toJSDate().toISOString()).toBe('2027-07-01T07:00:00.000Z');
    expect(at('ete').ev.endDate.toJSDate().toISOString()).toBe('2027-07-01T15:30:00.000Z');
    expect(at('ete').ev.summary).toBe('Événement d’été, à Pélussin; programme');
    expect(at('deux-jours').ev.startDate.isDate).toBe(true);
    expect(at('deux-jours').ev.startDate.toString()).toBe('2027-05-20');
    expect(at('deux-jours').ev.endDate.toString()).toBe('2027-05-22');
    expect(at('annule').comp.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(at('ete').comp.getFirstPropertyValue('location')).toContain('Pélussin');
    expect(at('ete').comp.getFirstPropertyValue('url')).toBe(`${SITE_URL}/evenements/ete/`);
    expect(at('ete').comp.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  test('each event has its own .ics, linked from its page', () => {
    for (const slug of Object.keys(FIXTURE).map((f) => path.basename(f, '.md'))) {
      const [only] = parseIcs(read(dist(), `evenements/${slug}.ics`));
      expect(only!.ev.uid).toBe(`${slug}@cooperations.example.org`);
      const link = readPage(`/evenements/${slug}/`, dist()).querySelector(`a[href="/evenements/${slug}.ics"]`);
      if (slug === 'annule') expect(link).toBeNull();
      else expect(link?.textContent).toContain('Ajouter à mon agenda');
    }
  });

  test('a territory calendar holds only its events', () => {
    expect(parseIcs(read(dist(), 'territoires/42/agenda.ics'))).toHaveLength(6);
    const empty = read(dist(), 'territoires/22/agenda.ics');
    expect(parseIcs(empty)).toHaveLength(0);
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  test('a title starting with = reaches the CSV as text for a spreadsheet, with the reason in the Table Schema and on /donnees/', () => {
    const csv = read(dist(), 'donnees/evenements.csv');
    expect(csv).toContain(`,"'=HYPERLINK(""https://exemple.invalid/"";""Cliquez"")",`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(JSON.parse(read(dist(), 'donnees/evenements.tableschema.json')).description).toContain('OWASP');
    expect(readPage('/donnees/', dist()).querySelector('main')?.textContent).toContain('OWASP');
  });

  test('an event whose place the sources do not give still has a location in its JSON-LD', () => {
    const ld = jsonLd(readPage('/evenements/formule/', dist())).find((b) => b['@type'] === 'Event')!;
    expect(ld.location).toMatchObject({
      '@type': 'Place',
      name: 'Lieu non précisé (Loire)',
      address: { addressRegion: 'Loire', addressCountry: 'FR' },
    });
  });

  test('event JSON-LD gives offsets for winter and summer and a plain day for all-day events', () => {
    const ld = (slug: string) => jsonLd(readPage(`/evenements/${slug}/`, dist())).find((b) => b['@type'] === 'Event')!;
    expect(ld('evenement-test').startDate).toBe('2027-03-04T09:30:00+01:00');
    expect(ld('ete').startDate).toBe('2027-07-01T09:00:00+02:00');
    expect(ld('deux-jours')).toMatchObject({ startDate: '2027-05-20', endDate: '2027-05-21' });
    expect(ld('annule').eventStatus).toBe('https://schema.org/EventCancelled');
    expect(ld('ete')).toMatchObject({
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Pélussin' } },
      organizer: [{ name: 'Association de test' }],
    });
  });

  test('the embed of a département lists its records, opens links in the parent, has no script and is not indexed', () => {
    const doc = readPage('/integrer/42/', dist());
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('header, footer, nav')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    // Its own icon: without a <link rel="icon">, the browser asks for /favicon.ico.
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
    const links = [...doc.querySelectorAll('li a')];
    expect(links.map((a) => a.getAttribute('href'))).toContain(`${SITE_URL}/evenements/ete/`);
    expect(links.every((a) => a.getAttribute('target') === '_top')).toBe(true);
    // linkedom leaves a textarea's character references undecoded; a browser decodes them.
    // The code shown first is that of the département with the most records (here, the Loire).
    const chooser = readPage('/integrer/', dist());
    const raw = chooser.querySelector('#integrer-code')?.innerHTML ?? '';
    const code = raw.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    expect(code).toContain(`<iframe src="${SITE_URL}/integrer/42/"`);
    expect(code).toMatch(/ title="[^"]+"/);
    expect(chooser.querySelector('#integrer-departement option[value="42"]')?.getAttribute('data-adresse')).toBe(
      `${SITE_URL}/integrer/42/`,
    );
  });

  test.skipIf(!HAS_BROWSER)('JSON-LD blocks and the embed raise no Content-Security-Policy violation in a browser', async () => {
    const server = await serveDist(dist());
    const browser = await launchBrowser();
    try {
      for (const route of ['/evenements/ete/', '/acteurs/asso-test/', '/integrer/42/', '/donnees/']) {
        const page = await browser.newPage();
        const violations = await watchCsp(page);
        const watch = watchPage(page);
        await page.goto(`${server.url}${route}`);
        await page.waitForLoadState('load');
        expect(violations, route).toEqual([]);
        expect(
          watch.consoleErrors.filter((m) => /Content.Security.Policy/i.test(m)),
          route,
        ).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  sharedChecks(dist, 'fixture');
});

describe('the repository’s content', () => {
  test('was built', () => {
    expect(existsSync(path.join(MAIN_DIST, 'index.html'))).toBe(true);
    expect(readdirSync(path.join(MAIN_DIST, 'donnees')).length).toBeGreaterThan(0);
  });
  sharedChecks(() => MAIN_DIST, 'repository');
});
