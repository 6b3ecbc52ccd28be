// /carte/donnees.json: the interactive map's only data file, written at build time and served
// by the site itself (outlines, types, themes, one short row per record). See docs/geo.md.
import type { APIRoute } from 'astro';
import { getMapPayload } from '../../queries/map.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getMapPayload()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
