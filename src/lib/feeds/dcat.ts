// Descriptions of the open data for catalogues and search engines: a DCAT-AP catalogue in
// JSON-LD (what data.gouv.fr's DCAT harvester reads: dcat:Catalog › dcat:Dataset ›
// dcat:Distribution) and a schema.org Dataset for the /donnees/ page.
import { MEDIA_TYPES, type FileFormat } from './data-package.ts';
import { LICENCE } from './open-data.ts';

/** EU file-type vocabulary used by DCAT-AP for dct:format. */
const FILE_TYPES: Record<FileFormat, string> = {
  csv: 'http://publications.europa.eu/resource/authority/file-type/CSV',
  json: 'http://publications.europa.eu/resource/authority/file-type/JSON',
  geojson: 'http://publications.europa.eu/resource/authority/file-type/GEOJSON',
};
const IANA = 'https://www.iana.org/assignments/media-types/';
const FRENCH = 'http://publications.europa.eu/resource/authority/language/FRA';
const FRANCE = 'http://publications.europa.eu/resource/authority/country/FRA';

export interface CatalogFile {
  /** Absolute address of the file. */
  url: string;
  title: string;
  format: FileFormat;
  /** Absolute address of the schema the file follows (JSON Schema or Table Schema). */
  conformsTo?: string | undefined;
}

export interface CatalogDataset {
  /** Stable absolute identifier. */
  id: string;
  title: string;
  description: string;
  /** The page where a reader sees these records. */
  landingPage: string;
  keywords: readonly string[];
  modified: Date;
  files: readonly CatalogFile[];
}

export interface CatalogMeta {
  /** Absolute address of the catalogue file. */
  id: string;
  title: string;
  description: string;
  homepage: string;
  publisher: string;
  modified: Date;
}

const dateTime = (d: Date) => ({ '@value': d.toISOString().replace(/\.\d{3}Z$/, 'Z'), '@type': 'xsd:dateTime' });

export function dcatCatalog(meta: CatalogMeta, datasets: readonly CatalogDataset[]) {
  const publisher = {
    '@id': `${meta.homepage}#editeur`,
    '@type': 'foaf:Organization',
    'foaf:name': meta.publisher,
    'foaf:homepage': { '@id': meta.homepage },
  };
  const license = { '@id': LICENCE.url, '@type': 'dct:LicenseDocument', 'dct:identifier': LICENCE.spdx, 'dct:title': LICENCE.nom };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': meta.id,
    '@type': 'dcat:Catalog',
    'dct:title': { '@value': meta.title, '@language': 'fr' },
    'dct:description': { '@value': meta.description, '@language': 'fr' },
    'dct:publisher': publisher,
    'dct:license': license,
    'dct:language': { '@id': FRENCH },
    'dct:modified': dateTime(meta.modified),
    'foaf:homepage': { '@id': meta.homepage },
    'dcat:dataset': datasets.map((d) => ({
      '@id': d.id,
      '@type': 'dcat:Dataset',
      'dct:identifier': d.id,
      'dct:title': { '@value': d.title, '@language': 'fr' },
      'dct:description': { '@value': d.description, '@language': 'fr' },
      'dct:publisher': { '@id': publisher['@id'] },
      'dct:license': { '@id': LICENCE.url },
      'dct:language': { '@id': FRENCH },
      'dct:spatial': { '@id': FRANCE },
      'dct:modified': dateTime(d.modified),
      'dcat:landingPage': { '@id': d.landingPage },
      'dcat:keyword': d.keywords.map((k) => ({ '@value': k, '@language': 'fr' })),
      'dcat:distribution': d.files.map((f) => ({
        '@id': `${f.url}#distribution`,
        '@type': 'dcat:Distribution',
        'dct:title': { '@value': f.title, '@language': 'fr' },
        'dcat:accessURL': { '@id': f.url },
        'dcat:downloadURL': { '@id': f.url },
        'dct:format': { '@id': FILE_TYPES[f.format] },
        'dcat:mediaType': { '@id': `${IANA}${MEDIA_TYPES[f.format]}` },
        'dct:license': { '@id': LICENCE.url },
        'dct:modified': dateTime(d.modified),
        ...(f.conformsTo ? { 'dct:conformsTo': { '@id': f.conformsTo } } : {}),
      })),
    })),
  };
}

/** schema.org Dataset (with its downloads), for search engines' dataset results. */
export function datasetJsonLd(meta: CatalogMeta & { url: string; keywords: readonly string[] }, files: readonly CatalogFile[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${meta.url}#jeu-de-donnees`,
    name: meta.title,
    description: meta.description,
    url: meta.url,
    sameAs: meta.id,
    inLanguage: 'fr-FR',
    isAccessibleForFree: true,
    license: LICENCE.url,
    keywords: [...meta.keywords],
    dateModified: meta.modified.toISOString(),
    spatialCoverage: { '@type': 'Place', name: 'France' },
    creator: { '@type': 'Organization', name: meta.publisher, url: meta.homepage },
    publisher: { '@type': 'Organization', name: meta.publisher, url: meta.homepage },
    distribution: files.map((f) => ({ '@type': 'DataDownload', name: f.title, encodingFormat: MEDIA_TYPES[f.format], contentUrl: f.url })),
  };
}
