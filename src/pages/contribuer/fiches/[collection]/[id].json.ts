// /contribuer/fiches/<collection>/<id>.json: one record as the form edits it, read from the
// record's own file at build time (values as the file writes them, and its text).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordJson } from '../../../../lib/contribution/record-json.ts';
import { getAllRecords, recordDigest } from '../../../../queries/records.ts';

export const getStaticPaths = (async () =>
  (await getAllRecords()).map((r) => ({
    params: { collection: r.collection, id: r.id },
    props: { filePath: r.filePath ?? '' },
    // The JSON is the file's header and text, which the record's digest covers (the same YAML
    // parser reads them for the validator), and its name, which is the record's id.
    cacheKey: recordDigest(r),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file = String(props.filePath);
  const json = recordJson(path.basename(file), readFileSync(path.resolve(file), 'utf8'));
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
