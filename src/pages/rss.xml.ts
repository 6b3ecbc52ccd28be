// /rss.xml: every new or updated resource, newest first.
import type { APIRoute } from 'astro';
import { TOUTES_LES_FICHES } from '../schemas/collections.ts';
import { buildRss } from '../lib/feeds/rss.ts';
import { getFeedItems } from '../queries/feeds/rss.ts';
import { absolute } from '../queries/feeds/shared.ts';
import { withBase } from '../lib/site/paths.ts';
import { SITE } from '../site-config.ts';

export const GET: APIRoute = async () =>
  new Response(
    buildRss({
      title: SITE.nom,
      description: `Nouvelles fiches et fiches mises à jour : ${TOUTES_LES_FICHES}.`,
      link: absolute(withBase('/')),
      self: absolute(withBase('/rss.xml')),
      items: await getFeedItems(),
    }),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
