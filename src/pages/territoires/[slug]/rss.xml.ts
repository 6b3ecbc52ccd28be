// /territoires/<slug>/rss.xml: what is new on one territory hub (see src/lib/territories/hubs.ts for the slugs).
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRss } from '../../../lib/feeds/rss.ts';
import { getFeedItems } from '../../../queries/feeds/rss.ts';
import { absolute } from '../../../queries/feeds/shared.ts';
import { getTerritoryHubs, territoryHubKey } from '../../../queries/hubs.ts';
import { SITE } from '../../../site-config.ts';
import { withArticle } from '../../../lib/territories/place-names.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await getTerritoryHubs()).map(async (hub) => ({ params: { slug: hub.slug }, props: { hub }, cacheKey: await territoryHubKey(hub) })),
  )) satisfies GetStaticPaths;

type Hub = Awaited<ReturnType<typeof getTerritoryHubs>>[number];

export const GET: APIRoute = async ({ props }) => {
  const { hub } = props as { hub: Hub };
  return new Response(
    buildRss({
      title: `${hub.nom} — ${SITE.nomCourt}`,
      description: `Nouvelles fiches et mises à jour qui concernent ${withArticle(hub)}.`,
      link: absolute(hub.href),
      self: absolute(`${hub.href}rss.xml`),
      items: await getFeedItems([...new Set([...hub.local, ...hub.regional])]),
    }),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
};
