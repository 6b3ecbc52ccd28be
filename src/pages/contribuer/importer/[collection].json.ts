// /contribuer/importer/<collection>.json: what the import page needs to know of each
// record to find a row that repeats it (its title, départements, site and address), and to
// name a record in a reference column. Small, loaded when a sheet is checked.
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordKey } from '../../../lib/import/record-keys.ts';
import { getRecords } from '../../../queries/records.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/index.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName }> = async ({ props }) => {
  const records = await getRecords(props.collection);
  const keys = records.map((r) => recordKey(r.id, r.data as Record<string, unknown>)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return new Response(JSON.stringify(keys), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
