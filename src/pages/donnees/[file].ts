// The files of /donnees/: each collection as JSON and CSV with their JSON Schema and Table
// Schema, the places as GeoJSON with its schema, the Data Package and the DCAT catalogue.
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/feeds/csv.ts';
import { geoJsonSchema, toGeoJson, wrapExport } from '../../lib/feeds/open-data.ts';
import { tableSchema } from '../../lib/feeds/table-schema.ts';
import { dataUrl, getCatalog, getCollectionData, getDataPackage, getExportRecords, getPoints } from '../../queries/feeds/open-data.ts';
import { absolute, generatedAt } from '../../queries/feeds/shared.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { withBase } from '../../lib/site/paths.ts';

type ExportFile =
  | { kind: 'json' | 'csv' | 'schema' | 'tableschema'; collection: CollectionName }
  | { kind: 'geojson' | 'geoschema' | 'datapackage' | 'catalogue' };

export const getStaticPaths = (() => [
  ...COLLECTIONS.flatMap((collection) => [
    { params: { file: `${collection}.json` }, props: { kind: 'json', collection } },
    { params: { file: `${collection}.csv` }, props: { kind: 'csv', collection } },
    { params: { file: `${collection}.schema.json` }, props: { kind: 'schema', collection } },
    { params: { file: `${collection}.tableschema.json` }, props: { kind: 'tableschema', collection } },
  ]),
  { params: { file: 'lieux.geojson' }, props: { kind: 'geojson' } },
  { params: { file: 'lieux.schema.json' }, props: { kind: 'geoschema' } },
  { params: { file: 'datapackage.json' }, props: { kind: 'datapackage' } },
  { params: { file: 'catalogue.jsonld' }, props: { kind: 'catalogue' } },
]) satisfies GetStaticPaths;

const json = (body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': `${type}; charset=utf-8` } });

export const GET: APIRoute = async ({ props }) => {
  const file = props as ExportFile;
  switch (file.kind) {
    case 'geojson':
      return json(
        toGeoJson(
          {
            titre: 'Lieux des coopérations et des événements',
            source: absolute(withBase('/')),
            schema: dataUrl('lieux.schema.json'),
            generatedAt,
          },
          await getPoints(),
        ),
        'application/geo+json',
      );
    case 'geoschema':
      return json(geoJsonSchema(dataUrl('lieux.schema.json')));
    case 'datapackage':
      return json(await getDataPackage());
    case 'catalogue':
      return json(await getCatalog(), 'application/ld+json');
  }
  const { collection } = file;
  const data = (await getCollectionData()).find((d) => d.collection === collection)!;
  if (file.kind === 'schema') return json(data.jsonSchema);
  if (file.kind === 'tableschema') return json(tableSchema(data.columns));
  const records = await getExportRecords(collection);
  if (file.kind === 'csv')
    return new Response(toCsv(data.columns, records), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
  return json(
    wrapExport(
      {
        titre: data.title,
        description: data.description,
        source: absolute(withBase(`/${collection}/`)),
        schema: dataUrl(`${collection}.schema.json`),
        generatedAt,
      },
      records,
    ),
  );
};
