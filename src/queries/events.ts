// Upcoming and past events at build time (Europe/Paris; BUILD_NOW fixes the clock).
import { buildNow, isUpcoming } from '../lib/time/dates.ts';
import { eventFacts } from '../lib/display/event-facts.ts';
import { getRecords, recordUrl } from './records.ts';

export async function getAgenda(now = buildNow()) {
  const events = (await getRecords('evenements')).toSorted((a, b) => a.data.debut.date.getTime() - b.data.debut.date.getTime());
  const item = (past: boolean) => (e: (typeof events)[number]) => ({
    href: recordUrl(e),
    title: e.data.titre,
    facts: eventFacts(e.data, past),
  });
  return {
    upcoming: events.filter((e) => isUpcoming(e.data.fin, now)).map(item(false)),
    /** Most recent first. */
    past: events
      .filter((e) => !isUpcoming(e.data.fin, now))
      .reverse()
      .map(item(true)),
  };
}

/** How many of these records are events still to come (a territory's calendar). */
export async function upcomingCount(records: ReadonlyArray<{ collection: string; id: string }>, now = buildNow()): Promise<number> {
  const ids = new Set(records.filter((r) => r.collection === 'evenements').map((r) => r.id));
  return (await getRecords('evenements')).filter((e) => ids.has(e.id) && isUpcoming(e.data.fin, now)).length;
}
