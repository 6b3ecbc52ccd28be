// An event's time is written with its offset from UTC (`+01:00` in winter in Paris,
// `+02:00` in summer). A wrong offset shifts the event by an hour in every calendar:
// the offset must be the one of Paris's clock on that date, or, for an event overseas,
// the one of the place's own clock.
import { lineOf } from '../positions.ts';
import type { Problem } from '../problem.ts';
import type { RecordRule } from './types.ts';

/** Time zone of the overseas départements; every other one keeps Paris time. */
const ZONES: Record<string, { zone: string; label: string }> = {
  '971': { zone: 'America/Guadeloupe', label: 'de la Guadeloupe' },
  '972': { zone: 'America/Martinique', label: 'de la Martinique' },
  '973': { zone: 'America/Cayenne', label: 'de la Guyane' },
  '974': { zone: 'Indian/Reunion', label: 'de La Réunion' },
  '976': { zone: 'Indian/Mayotte', label: 'de Mayotte' },
};

const WRITTEN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)$/;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The offset (`+01:00`) a clock in `zone` shows at this instant. */
export function offsetAt(date: Date, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formats.set(zone, format);
  }
  const name = format.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

export const eventOffset: RecordRule = (record) => {
  if (record.collection !== 'evenements') return [];
  const lieu = record.data.lieu as { departement?: string } | undefined;
  const local = ZONES[lieu?.departement ?? ''];
  const problems: Problem[] = [];
  for (const field of ['debut', 'fin'] as const) {
    const written = record.raw[field];
    const m = typeof written === 'string' ? WRITTEN.exec(written) : null;
    if (!m) continue;
    const offset = m[7] === 'Z' ? '+00:00' : (m[7] as string);
    const instant = new Date(written as string);
    const paris = offsetAt(instant, 'Europe/Paris');
    const there = local ? offsetAt(instant, local.zone) : undefined;
    if (offset === paris || offset === there) continue;
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
