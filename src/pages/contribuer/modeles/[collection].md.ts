// /contribuer/modeles/<collection>.md: the blank record of each collection, for those who
// cannot use the form (no JavaScript): filled in with any text editor, sent by e-mail.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../../lib/content/content-dir.ts';
import { COLLECTIONS, type CollectionName } from '../../../schemas/index.ts';
import { parisToday } from '../../../lib/time/dates.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName }> = ({ props }) => {
  // A content folder of its own (tests, the benchmark's synthetic corpus) may have no templates:
  // the repository's own then serve.
  const file = [contentDir(), path.resolve('content')]
    .map((dir) => path.join(dir, props.collection, '_template.md'))
    .find((f) => existsSync(f));
  if (!file) throw new Error(`Modèle introuvable pour ${props.collection} : ajoutez content/${props.collection}/_template.md`);
  const text = readFileSync(file, 'utf8');
  const today = parisToday();
  return new Response(text.replaceAll('AUJOURDHUI', today), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
