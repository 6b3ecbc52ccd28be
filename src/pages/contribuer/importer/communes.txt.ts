// /contribuer/importer/communes.txt: every commune with its postal codes, one line each
// (commune-lines.ts), so that the import page finds a commune by name or postal code in the
// same official list as the validator. Loaded only when a sheet has a commune column.
import type { APIRoute } from 'astro';
import { communeList } from '../../../lib/territories/communes.ts';
import { communeLines } from '../../../lib/import/commune-lines.ts';

export const GET: APIRoute = () => new Response(communeLines(communeList()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
