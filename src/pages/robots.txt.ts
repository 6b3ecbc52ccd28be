// /robots.txt: everything may be crawled; the sitemap lists the pages.
import type { APIRoute } from 'astro';
import { buildRobots } from '../lib/feeds/sitemap.ts';
import { SITE } from '../site-config.ts';
import { withBase } from '../lib/site/paths.ts';

export const GET: APIRoute = () =>
  new Response(buildRobots(new URL(withBase('/'), SITE.url).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
