// /contribuer/fiches/<collection>/<id>.json: one record as the form edits it, read from the
// record's own file at build time (values as the file writes them, and its text).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordJson } from '../../../../lib/contribution/record-json.ts';
import { getAllRecords } from '../../../../queries/records.ts';
import { pageKey } from '../../../../lib/site/page-key.ts';

export const getStaticPaths = (async () =>
  (await getAllRecords()).map((r) => ({
    params: { collection: r.collection, id: r.id },
    props: { filePath: r.filePath ?? '' },
    // The file's name and text are all the JSON is made of (reading it costs far less than
    // parsing its header again).
    cacheKey: pageKey(r.filePath ?? '', readFileSync(path.resolve(r.filePath ?? ''), 'utf8')),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = String(props.filePath);
  const json = recordJson(path.basename(file), readFileSync(path.resolve(file), 'utf8'));
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
