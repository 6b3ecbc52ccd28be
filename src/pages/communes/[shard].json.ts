// /communes/<shard>.json: the official communes with their postal codes, cut by the first
// characters of a name or a postal code (see src/lib/territories/commune-finder.ts). The finder
// of /territoires/ and the home page downloads one shard per search.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildShards, type ShardRow, type SourceCommune } from '../../lib/territories/commune-finder.ts';
import { CODES_DEPARTEMENTS } from '../../lib/territories/territoires.ts';
import { pageKey } from '../../lib/site/page-key.ts';

function shards(): Map<string, ShardRow[]> {
  const file = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as SourceCommune[];
  return buildShards(list, new Set(CODES_DEPARTEMENTS));
}

export const getStaticPaths = (() =>
  [...shards()].map(([shard, rows]) => ({ params: { shard }, props: { rows }, cacheKey: pageKey(rows) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { rows: ShardRow[] }).rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
