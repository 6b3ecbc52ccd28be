// /evenements/<slug>.ics: one event, for « Ajouter à mon agenda ».
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCalendar } from '../../lib/feeds/ical.ts';
import { icsEvent } from '../../queries/feeds/ical.ts';
import { getRecords, recordDigest, type RecordOf } from '../../queries/records.ts';

export const getStaticPaths = (async () =>
  (await getRecords('evenements')).map((record) => ({
    params: { slug: record.id },
    props: { record },
    cacheKey: recordDigest(record),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const record = (props as { record: RecordOf<'evenements'> }).record;
  return new Response(buildCalendar({ name: record.data.titre, events: [icsEvent(record)] }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
