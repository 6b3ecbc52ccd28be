// /donnees/<collection>.json|.csv|.schema.json and /donnees/lieux.geojson|.schema.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvColumns, exportJsonSchema, geoJsonSchema, toCsv, toGeoJson, wrapExport } from '../../lib/feeds/open-data.ts';
import { absolute, generatedAt, getExportRecords, getFrontMatterSchemas, getPoints } from '../../queries/feeds.ts';
import { COLLECTIONS, DESCRIPTORS, type CollectionName } from '../../schemas/index.ts';
import { withBase } from '../../lib/site/paths.ts';
import { SITE } from '../../site-config.ts';

type ExportFile = { kind: 'json' | 'csv' | 'schema'; collection: CollectionName } | { kind: 'geojson' } | { kind: 'geoschema' };

export const getStaticPaths = (() => [
  ...COLLECTIONS.flatMap((collection) => [
    { params: { file: `${collection}.json` }, props: { kind: 'json', collection } },
    { params: { file: `${collection}.csv` }, props: { kind: 'csv', collection } },
    { params: { file: `${collection}.schema.json` }, props: { kind: 'schema', collection } },
  ]),
  { params: { file: 'lieux.geojson' }, props: { kind: 'geojson' } },
  { params: { file: 'lieux.schema.json' }, props: { kind: 'geoschema' } },
]) satisfies GetStaticPaths;

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
const title = (c: CollectionName) => `${DESCRIPTORS[c].des.charAt(0).toUpperCase()}${DESCRIPTORS[c].des.slice(1)} — ${SITE.nomCourt}`;

export const GET: APIRoute = async ({ props }) => {
  const file = props as ExportFile;
  if (file.kind === 'geojson') {
    const geo = toGeoJson({ titre: 'Lieux des coopérations et des événements', source: absolute(withBase('/')), schema: absolute(withBase('/donnees/lieux.schema.json')), generatedAt }, await getPoints());
    return new Response(JSON.stringify(geo, null, 1), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
  }
  if (file.kind === 'geoschema') return new Response(JSON.stringify(geoJsonSchema(absolute(withBase('/donnees/lieux.schema.json'))), null, 1), { headers: JSON_TYPE });
  const { collection } = file;
  const frontMatter = (await getFrontMatterSchemas())(collection);
  const schemaUrl = absolute(withBase(`/donnees/${collection}.schema.json`));
  if (file.kind === 'schema') return new Response(JSON.stringify(exportJsonSchema(frontMatter, { titre: title(collection), id: schemaUrl }), null, 1), { headers: JSON_TYPE });
  const records = await getExportRecords(collection);
  if (file.kind === 'csv') return new Response(toCsv(csvColumns(frontMatter), records), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
  const body = wrapExport({ titre: title(collection), description: `Toutes les fiches publiées de la collection « ${collection} ».`, source: absolute(withBase(`/${collection}/`)), schema: schemaUrl, generatedAt }, records);
  return new Response(JSON.stringify(body, null, 1), { headers: JSON_TYPE });
};
