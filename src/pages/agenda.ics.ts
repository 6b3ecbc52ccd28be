// /agenda.ics: every event, to subscribe to from a calendar application.
import type { APIRoute } from 'astro';
import { buildCalendar } from '../lib/feeds/ical.ts';
import { getIcsEvents } from '../queries/feeds/ical.ts';
import { SITE } from '../site-config.ts';

export const GET: APIRoute = async () =>
  new Response(
    buildCalendar({
      name: `Agenda — ${SITE.nomCourt}`,
      description: 'Journées, rencontres et formations des coopérations contre l’isolement des personnes âgées.',
      events: await getIcsEvents(),
    }),
    {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    },
  );
