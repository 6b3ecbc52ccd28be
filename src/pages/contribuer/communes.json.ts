// /contribuer/communes.json: every commune as [nom, code, département], so that a contributor
// chooses a commune by its name and the form fills in its official code. About 300 KB gzip:
// the form loads it only when someone types in a commune field.
import type { APIRoute } from 'astro';
import { communeList } from '../../lib/territories/communes.ts';

export const GET: APIRoute = () => {
  const list = communeList()
    .map((c) => [c.nom, c.code, c.departement])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'fr'));
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
