// One mini-map image per set of départements that a record page highlights.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllRecords } from '../../../queries/records.ts';
import { topology } from '../../../queries/map.ts';
import { renderFranceMap } from '../../../lib/map/france-map.ts';
import { codesFromKey, miniMapCodes, miniMapKey } from '../../../lib/map/mini-map.ts';
import { departement } from '../../../lib/territories/territoires.ts';

export const getStaticPaths = (async () => {
  const keys = new Set<string>();
  for (const r of await getAllRecords()) {
    const codes = miniMapCodes(r.data as Parameters<typeof miniMapCodes>[0]);
    if (codes.length) keys.add(miniMapKey(codes));
  }
  // The image is drawn from its départements alone (and the code's map of France).
  return [...keys].map((key) => ({ params: { key }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const codes = codesFromKey(String(params.key));
  const names = codes.map((c) => departement(c)?.nom ?? c).join(', ');
  const svg = renderFranceMap(topology, new Map(), [], {
    width: 160,
    highlight: codes,
    links: false,
    insetLabels: false,
    title: `${names} sur la carte de France`,
    idPrefix: 'mini-carte',
  });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
