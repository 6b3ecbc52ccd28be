// /themes/<id>/rss.xml: what is new on one theme.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildRss } from '../../../lib/feeds/rss.ts';
import { getFeedItems } from '../../../queries/feeds/rss.ts';
import { absolute } from '../../../queries/feeds/shared.ts';
import { getThemeHubs } from '../../../queries/hubs.ts';
import { SITE } from '../../../site-config.ts';

export const getStaticPaths = (async () =>
  (await getThemeHubs()).map((theme) => ({ params: { id: theme.id }, props: { theme } }))) satisfies GetStaticPaths;

type Theme = Awaited<ReturnType<typeof getThemeHubs>>[number];

export const GET: APIRoute = async ({ props }) => {
  const { theme } = props as { theme: Theme };
  return new Response(
    buildRss({
      title: `${theme.titre} — ${SITE.nomCourt}`,
      description: `Nouvelles fiches et mises à jour sur le thème « ${theme.titre} ».`,
      link: absolute(theme.href),
      self: absolute(`${theme.href}rss.xml`),
      items: await getFeedItems(theme.records),
    }),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
};
