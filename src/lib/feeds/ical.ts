// iCalendar (RFC 5545) files for the agenda: one calendar per page of events, so
// partners can subscribe to it or add one day to their own calendar.
import type { Moment } from '../../schemas/shared/dates.ts';
import { parisWallClock } from '../time/paris-time.ts';

export interface IcsEvent {
  /** Stable identifier, `slug@host`, so a re-import updates rather than duplicates. */
  uid: string;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
  location?: string | undefined;
  /** `[longitude, latitude]`. */
  coordinates?: readonly [number, number] | undefined;
  start: Moment;
  end: Moment;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** Last change of the record: DTSTAMP and LAST-MODIFIED. */
  updated: Date;
  categories?: readonly string[] | undefined;
}

export interface IcsCalendar {
  name: string;
  description?: string | undefined;
  events: readonly IcsEvent[];
}

const CRLF = '\r\n';
const TZID = 'Europe/Paris';

// The rules France has used since 1996; events of this site start in 2015.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Splits a content line so that no line exceeds 75 octets, never inside a UTF-8
 * character; continuation lines start with one space (RFC 5545 §3.1).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function dateValue(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

function parisLocal(d: Date): string {
  const w = parisWallClock(d);
  return `${w.year}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function momentProperty(name: 'DTSTART' | 'DTEND', m: Moment, isEnd: boolean): string {
  if (m.journee) {
    // DTEND of an all-day event is exclusive: the day after the last day.
    const day = isEnd ? new Date(m.date.getTime() + 86_400_000) : m.date;
    return `${name};VALUE=DATE:${dateValue(day)}`;
  }
  return `${name};TZID=${TZID}:${parisLocal(m.date)}`;
}

function eventLines(e: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.updated)}`,
    `LAST-MODIFIED:${utcStamp(e.updated)}`,
    momentProperty('DTSTART', e.start, false),
    momentProperty('DTEND', e.end, true),
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.coordinates) lines.push(`GEO:${e.coordinates[1]};${e.coordinates[0]}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${e.status.toUpperCase()}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/**
 * A whole VCALENDAR, CRLF line ends, folded lines. The VTIMEZONE is always there: RFC 5545
 * requires at least one component, and a territory without events still has a calendar
 * that people subscribe to.
 */
export function buildCalendar(cal: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cooperations centre de ressources//Agenda//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...(cal.description ? [`X-WR-CALDESC:${escapeText(cal.description)}`] : []),
    ...VTIMEZONE,
    ...cal.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
