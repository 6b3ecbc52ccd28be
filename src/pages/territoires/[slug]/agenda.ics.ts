// /territoires/<slug>/agenda.ics: the events of one territory hub.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCalendar } from '../../../lib/feeds/ical.ts';
import { getIcsEvents } from '../../../queries/feeds/ical.ts';
import { getTerritoryHubs, territoryHubKey } from '../../../queries/hubs.ts';
import { SITE } from '../../../site-config.ts';
import { ofPlace } from '../../../lib/territories/place-names.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await getTerritoryHubs()).map(async (hub) => ({ params: { slug: hub.slug }, props: { hub }, cacheKey: await territoryHubKey(hub) })),
  )) satisfies GetStaticPaths;

type Hub = Awaited<ReturnType<typeof getTerritoryHubs>>[number];

export const GET: APIRoute = async ({ props }) => {
  const { hub } = props as { hub: Hub };
  const events = await getIcsEvents([...new Set([...hub.local, ...hub.regional])]);
  return new Response(buildCalendar({ name: `Agenda ${ofPlace(hub)} — ${SITE.nomCourt}`, events }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
