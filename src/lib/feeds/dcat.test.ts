import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { datasetJsonLd, dcatCatalog } from './dcat.ts';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const meta = {
  id: 'https://e.org/donnees/catalogue.jsonld',
  title: 'Données ouvertes',
  description: 'Toutes les fiches publiées du centre de ressources, en CSV et JSON.',
  homepage: 'https://e.org/',
  publisher: 'Coopérations — centre de ressources',
  modified: new Date('2026-02-01T10:00:00Z'),
};
const datasets = [
  {
    id: 'https://e.org/donnees/#acteurs',
    title: 'Acteurs',
    description: 'Les acteurs.',
    landingPage: 'https://e.org/acteurs/',
    keywords: ['isolement social'],
    modified: new Date('2026-01-10T00:00:00Z'),
    files: [
      {
        url: 'https://e.org/donnees/acteurs.csv',
        title: 'Acteurs (CSV)',
        format: 'csv' as const,
        conformsTo: 'https://e.org/donnees/acteurs.tableschema.json',
      },
      { url: 'https://e.org/donnees/acteurs.json', title: 'Acteurs (JSON)', format: 'json' as const },
    ],
  },
];

type Node = Record<string, unknown>;
const values = (n: Node, p: string) => (n[p] as Node[] | undefined) ?? [];

describe('dcatCatalog', () => {
  test('expands (JSON-LD) to a dcat:Catalog whose datasets and distributions carry what DCAT-AP requires', async () => {
    const graph = (await jsonld.expand(dcatCatalog(meta, datasets))) as Node[];
    const catalog = graph.find((n) => (n['@type'] as string[]).includes(`${DCAT}Catalog`))!;
    for (const p of [`${DCT}title`, `${DCT}description`, `${DCT}publisher`, `${DCT}license`, `${DCAT}dataset`])
      expect(values(catalog, p), p).not.toHaveLength(0);
    const [dataset] = values(catalog, `${DCAT}dataset`);
    expect(dataset!['@type']).toEqual([`${DCAT}Dataset`]);
    for (const p of [
      `${DCT}title`,
      `${DCT}description`,
      `${DCT}identifier`,
      `${DCT}publisher`,
      `${DCT}license`,
      `${DCT}modified`,
      `${DCAT}distribution`,
    ])
      expect(values(dataset!, p), p).not.toHaveLength(0);
    const dists = values(dataset!, `${DCAT}distribution`);
    expect(dists).toHaveLength(2);
    for (const d of dists) {
      for (const p of [`${DCAT}accessURL`, `${DCAT}downloadURL`, `${DCT}format`, `${DCAT}mediaType`, `${DCT}license`])
        expect(values(d, p), p).not.toHaveLength(0);
    }
    expect(values(dists[0]!, `${DCAT}downloadURL`)[0]).toEqual({ '@id': 'https://e.org/donnees/acteurs.csv' });
    expect(values(dists[0]!, `${DCT}conformsTo`)[0]).toEqual({ '@id': 'https://e.org/donnees/acteurs.tableschema.json' });
    expect(values(catalog, `${DCT}license`)[0]).toMatchObject({ [`${DCT}identifier`]: [{ '@value': 'etalab-2.0' }] });
  });
});

describe('datasetJsonLd', () => {
  test('is a schema.org Dataset with a long enough description, a licence and its downloads', () => {
    const ld = datasetJsonLd({ ...meta, url: 'https://e.org/donnees/', keywords: ['isolement social'] }, datasets[0]!.files);
    expect(ld).toMatchObject({ '@type': 'Dataset', name: 'Données ouvertes', license: expect.stringContaining('licence-ouverte') });
    expect(ld.description.length).toBeGreaterThanOrEqual(50);
    expect(ld.distribution).toEqual([
      { '@type': 'DataDownload', name: 'Acteurs (CSV)', encodingFormat: 'text/csv', contentUrl: 'https://e.org/donnees/acteurs.csv' },
      {
        '@type': 'DataDownload',
        name: 'Acteurs (JSON)',
        encodingFormat: 'application/json',
        contentUrl: 'https://e.org/donnees/acteurs.json',
      },
    ]);
  });
});
