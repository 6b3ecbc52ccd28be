// /contribuer/fiches/<collection>.json: the id and title of every record of a collection,
// loaded once by the form (choices of actors or cooperations, names already taken) so that
// the form page stays small whatever the number of records.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../queries/records.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/index.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName }> = async ({ props }) => {
  const records = await getRecords(props.collection);
  const list = records.map((r) => [r.id, r.data.titre]).sort((a, b) => String(a[1]).localeCompare(String(b[1]), 'fr'));
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
