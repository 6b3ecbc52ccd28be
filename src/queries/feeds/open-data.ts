// The open data of /donnees/: each collection's records as JSON and CSV with their schemas,
// the places as GeoJSON, and the descriptions of it all (Data Package, DCAT, schema.org).
import { dataPackage, type DataFile } from '../../lib/feeds/data-package.ts';
import { datasetJsonLd, dcatCatalog, type CatalogDataset, type CatalogFile, type CatalogMeta } from '../../lib/feeds/dcat.ts';
import { exportJsonSchema, exportRecord, recordSchema, type ExportRecord, type PointRecord } from '../../lib/feeds/open-data.ts';
import { csvColumns, tableSchema, type Column } from '../../lib/feeds/table-schema.ts';
import type { JsonSchema } from '../../lib/contribution/field-model.ts';
import { COLLECTIONS, DESCRIPTORS, type CollectionName } from '../../schemas/index.ts';
import { TOUTES_LES_FICHES } from '../../schemas/collections.ts';
import { SITE } from '../../site-config.ts';
import { getRecords, recordUrl } from '../records.ts';
import { getFrontMatterSchemas } from './json-schemas.ts';
import { absolute, generatedAt, lastChange } from './shared.ts';
import { withBase } from '../../lib/site/paths.ts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const collectionTitle = (c: CollectionName) => `${cap(DESCRIPTORS[c].des)} — ${SITE.nomCourt}`;
export const dataUrl = (file: string) => absolute(withBase(`/donnees/${file}`));

export async function getExportRecords(c: CollectionName): Promise<ExportRecord[]> {
  return (await getRecords(c))
    .toSorted((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => exportRecord(r.id, absolute(recordUrl(r)), r.data as Record<string, unknown>));
}

/** Cooperations and events that give their coordinates. */
export async function getPoints(): Promise<PointRecord[]> {
  const out: PointRecord[] = [];
  for (const c of ['cooperations', 'evenements'] as const) {
    for (const r of await getRecords(c)) {
      const lieu = r.data.lieu;
      if (lieu?.coordonnees)
        out.push({
          id: r.id,
          collection: c,
          titre: r.data.titre,
          url: absolute(recordUrl(r)),
          commune: lieu.commune,
          coordonnees: lieu.coordonnees,
        });
    }
  }
  return out;
}

export interface CollectionData {
  collection: CollectionName;
  title: string;
  description: string;
  /** The JSON Schema of the JSON export. */
  jsonSchema: JsonSchema;
  columns: Column[];
  /** Last change of a record of the collection (the build's date when it is empty). */
  modified: Date;
  count: number;
}

let cached: Promise<CollectionData[]> | undefined;

/** What /donnees/ publishes for each collection, computed once per build. */
export function getCollectionData(): Promise<CollectionData[]> {
  cached ??= (async () => {
    const frontMatter = await getFrontMatterSchemas();
    return Promise.all(
      COLLECTIONS.map(async (collection) => {
        const records = await getRecords(collection);
        const fm = frontMatter(collection);
        const changes = records.map((r) => lastChange(r.data).getTime());
        return {
          collection,
          title: collectionTitle(collection),
          description: `Toutes les fiches publiées de la collection « ${DESCRIPTORS[collection].des} » du centre de ressources ${SITE.nom}.`,
          jsonSchema: exportJsonSchema(fm, { titre: collectionTitle(collection), id: dataUrl(`${collection}.schema.json`) }),
          columns: csvColumns(recordSchema(fm)),
          modified: changes.length ? new Date(Math.max(...changes)) : generatedAt,
          count: records.length,
        };
      }),
    );
  })();
  return cached;
}

const PLACES = {
  title: 'Lieux des coopérations et des événements',
  description: 'Les coopérations et les événements qui donnent leurs coordonnées, en points GeoJSON (longitude puis latitude, WGS 84).',
};

/** Every file of /donnees/ but the descriptions themselves. */
export async function getDataFiles(): Promise<DataFile[]> {
  const files: DataFile[] = [];
  for (const d of await getCollectionData()) {
    const des = DESCRIPTORS[d.collection].des;
    files.push(
      {
        path: `${d.collection}.csv`,
        title: `${d.title} (CSV)`,
        description: `${d.description} Une ligne par fiche ; colonnes décrites par le schéma de table.`,
        format: 'csv',
        schema: tableSchema(d.columns),
      },
      {
        path: `${d.collection}.json`,
        title: `${d.title} (JSON)`,
        description: `${d.description} Décrites par ${d.collection}.schema.json.`,
        format: 'json',
      },
      {
        path: `${d.collection}.schema.json`,
        title: `Schéma JSON des ${des}`,
        description: `Le schéma (JSON Schema 2020-12) du fichier ${d.collection}.json.`,
        format: 'json',
      },
      {
        path: `${d.collection}.tableschema.json`,
        title: `Schéma de table des ${des}`,
        description: `Le schéma (Table Schema) du fichier ${d.collection}.csv.`,
        format: 'json',
      },
    );
  }
  files.push(
    { path: 'lieux.geojson', title: PLACES.title, description: PLACES.description, format: 'geojson' },
    {
      path: 'lieux.schema.json',
      title: 'Schéma JSON des lieux',
      description: 'Le schéma (JSON Schema 2020-12) du fichier lieux.geojson.',
      format: 'json',
    },
  );
  return files;
}

const KEYWORDS = ['isolement social', 'personnes âgées', 'coopération', 'MONALISA', 'action sociale'];

const catalogMeta = async (): Promise<CatalogMeta> => ({
  id: dataUrl('catalogue.jsonld'),
  title: `Données ouvertes — ${SITE.nom}`,
  description: `${SITE.description} Toutes les fiches publiées (${TOUTES_LES_FICHES}) en CSV et JSON, et leurs lieux en GeoJSON, sous Licence Ouverte 2.0.`,
  homepage: absolute(withBase('/')),
  publisher: SITE.nom,
  modified: new Date(Math.max(...(await getCollectionData()).map((d) => d.modified.getTime()))),
});

export async function getDataPackage() {
  const meta = await catalogMeta();
  return dataPackage(
    {
      name: 'cooperations-centre-de-ressources',
      id: dataUrl('datapackage.json'),
      title: meta.title,
      description: meta.description,
      homepage: meta.homepage,
      publisher: SITE.nom,
      keywords: KEYWORDS,
      created: generatedAt,
    },
    await getDataFiles(),
  );
}

/** One DCAT dataset per collection, and one for the places. */
async function catalogDatasets(): Promise<CatalogDataset[]> {
  const data = await getCollectionData();
  const datasets: CatalogDataset[] = data.map((d) => ({
    id: absolute(withBase(`/donnees/#${d.collection}`)),
    title: d.title,
    description: d.description,
    landingPage: absolute(withBase(`/${d.collection}/`)),
    keywords: KEYWORDS,
    modified: d.modified,
    files: [
      {
        url: dataUrl(`${d.collection}.csv`),
        title: `${d.title} (CSV)`,
        format: 'csv',
        conformsTo: dataUrl(`${d.collection}.tableschema.json`),
      },
      {
        url: dataUrl(`${d.collection}.json`),
        title: `${d.title} (JSON)`,
        format: 'json',
        conformsTo: dataUrl(`${d.collection}.schema.json`),
      },
    ],
  }));
  const modified = new Date(
    Math.max(...data.filter((d) => d.collection === 'cooperations' || d.collection === 'evenements').map((d) => d.modified.getTime())),
  );
  datasets.push({
    id: absolute(withBase('/donnees/#lieux')),
    title: `${PLACES.title} — ${SITE.nomCourt}`,
    description: PLACES.description,
    landingPage: absolute(withBase('/carte/')),
    keywords: [...KEYWORDS, 'carte'],
    modified,
    files: [{ url: dataUrl('lieux.geojson'), title: PLACES.title, format: 'geojson', conformsTo: dataUrl('lieux.schema.json') }],
  });
  return datasets;
}

export async function getCatalog() {
  return dcatCatalog(await catalogMeta(), await catalogDatasets());
}

/** schema.org Dataset of the /donnees/ page. */
export async function getDatasetLd() {
  const files: CatalogFile[] = (await catalogDatasets()).flatMap((d) => d.files);
  return datasetJsonLd({ ...(await catalogMeta()), url: absolute(withBase('/donnees/')), keywords: KEYWORDS }, files);
}
