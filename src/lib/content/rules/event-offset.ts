// An event's time is written with its offset from UTC (`+01:00` in winter in Paris,
// `+02:00` in summer). A wrong offset shifts the event by an hour in every calendar:
// the offset must be the one of Paris's clock on that date, or, for an event overseas,
// the one of the place's own clock.
import { lineOf } from '../positions.ts';
import type { Problem } from '../problem.ts';
import type { RecordRule } from './types.ts';

/** Time zone of the overseas départements; every other one keeps Paris time. */
const ZONES = new Map<string | undefined, { zone: string; label: string }>([
  ['971', { zone: 'America/Guadeloupe', label: 'de la Guadeloupe' }],
  ['972', { zone: 'America/Martinique', label: 'de la Martinique' }],
  ['973', { zone: 'America/Cayenne', label: 'de la Guyane' }],
  ['974', { zone: 'Indian/Reunion', label: 'de La Réunion' }],
  ['976', { zone: 'Indian/Mayotte', label: 'de Mayotte' }],
]);

const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)$/;

/** The offset (`+01:00`) a clock in `zone` shows at this instant. */
// One format per zone: making an Intl format costs far more than using it (every event of every
// build goes through here). Keeping it changes nothing a test can see, only the time.
const formats = new Map<string, Intl.DateTimeFormat>();

export function offsetAt(date: Date, zone: string): string {
  let format = formats.get(zone);
  // Stryker disable next-line ConditionalExpression,BlockStatement: a cache, equivalent by design.
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  // « 3/4/2027, GMT+01:00 », or « 3/4/2027, GMT » alone when the clock shows UTC.
  const written = format.format(date);
  return written.split('GMT')[1] || '+00:00';
}

/** Only events have a start and an end; a time written there must carry the right offset. */
export const eventOffset: RecordRule = (record) => {
  const lieu = record.data.lieu as { departement?: string } | undefined;
  const local = ZONES.get(lieu?.departement);
  const problems: Problem[] = [];
  for (const field of ['debut', 'fin'] as const) {
    // A day without a time (`2027-03-04`) has no offset to check.
    const m = WRITTEN.exec(String(record.raw[field]));
    if (!m) continue;
    const instant = new Date(m[0]);
    const paris = offsetAt(instant, 'Europe/Paris');
    const there = local ? offsetAt(instant, local.zone) : undefined;
    // No clock of France shows UTC: a time written with « Z » is never right.
    if (m[7] === paris || m[7] === there) continue;
    const expected = there ?? paris;
    const clock = local ? `de Paris (« ${paris} ») ni à l’heure ${local.label} (« ${there} »)` : `de Paris, qui est « ${paris} »`;
    problems.push({
      file: record.file,
      line: lineOf(record.at, [field]),
      field,
      message: `le décalage horaire « ${m[7]} » ne correspond pas ce jour-là à l’heure ${clock} : écrivez l’heure suivie de son décalage, par exemple ${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${expected}`,
    });
  }
  return problems;
};
