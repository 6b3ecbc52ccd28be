// /rss.xml: every new or updated resource, newest first.
import type { APIRoute } from 'astro';
import { buildRss } from '../lib/feeds/rss.ts';
import { getFeedItems } from '../queries/feeds/rss.ts';
import { absolute } from '../queries/feeds/shared.ts';
import { withBase } from '../lib/site/paths.ts';
import { SITE } from '../site-config.ts';

export const GET: APIRoute = async () =>
  new Response(
    buildRss({
      title: SITE.nom,
      description: 'Nouvelles fiches et fiches mises à jour : coopérations, acteurs, témoignages, pratiques et événements.',
      link: absolute(withBase('/')),
      self: absolute(withBase('/rss.xml')),
      items: await getFeedItems(),
    }),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
