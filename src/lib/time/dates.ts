// Dates, times and numbers as French readers expect them, in Europe/Paris.
import type { Moment } from '../../schemas/shared/dates.ts';

export type { Moment };

const TZ = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TZ });
const weekdayFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TZ });
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const partsFormat = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: TZ });
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TZ });
const numberFormat = new Intl.NumberFormat('fr-FR');
// Days are stored as UTC midnights, so they are formatted in UTC (the day never shifts).
const utcDayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const utcWeekdayFormat = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const FIRST_OF_MONTH = new RegExp(`(^|[^\\d])1 (?=(?:${MONTHS})\\b)`, 'g');

/** « 1 juillet » → « 1er juillet »: French writes the first day of a month as an ordinal. */
export function withPremier(text: string): string {
  return text.replace(FIRST_OF_MONTH, '$11er ');
}

/** Dates stored as days are UTC midnights: they are read in UTC so the day never shifts. */
function dayOf(m: Moment | Date): string {
  const d = m instanceof Date ? m : m.date;
  const journee = m instanceof Date ? true : m.journee;
  return withPremier(journee ? utcDayFormat.format(d) : dayFormat.format(d));
}

/** « 25 novembre 2016 » for a calendar day (stored at UTC midnight). */
export function formatDay(date: Date): string {
  return dayOf(date);
}

/** « octobre 2016 » from "2016-10", « 25 novembre 2016 » from "2016-11-25". */
export function formatMonth(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDay(new Date(`${text}T00:00:00Z`));
  return monthFormat.format(new Date(`${text}-01T00:00:00Z`));
}

/** « 9 h 30 », « 17 h » : the French typographic way to write a time. */
export function formatTime(date: Date): string {
  const parts = partsFormat.formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return minute === '00' ? `${hour} h` : `${hour} h ${minute}`;
}

function weekdayDay(m: Moment): string {
  return withPremier(m.journee ? utcWeekdayFormat.format(m.date) : weekdayFormat.format(m.date));
}

/** The day an event moment falls on in Paris, as YYYY-MM-DD. */
export function parisDay(m: Moment | Date): string {
  const d = m instanceof Date ? m : m.date;
  const journee = m instanceof Date ? false : m.journee;
  return journee ? d.toISOString().slice(0, 10) : isoDayFormat.format(d);
}

/** Today in Paris as YYYY-MM-DD: the default « publié le » of a new record, wherever it is written. */
export function parisToday(now: Date = new Date()): string {
  return isoDayFormat.format(now);
}

/**
 * « jeudi 5 mars 2015, 9 h 30 – 17 h », « du jeudi 24 au vendredi 25 novembre 2016 »,
 * « du lundi 30 juin 2025, 9 h au mardi 1er juillet 2025, 12 h ».
 */
export function formatEventRange(debut: Moment, fin: Moment): string {
  const sameDay = parisDay(debut) === parisDay(fin);
  if (debut.journee) {
    if (sameDay) return weekdayDay(debut);
    return `du ${weekdayDay(debut)} au ${weekdayDay(fin)}`;
  }
  if (sameDay) return `${weekdayDay(debut)}, ${formatTime(debut.date)} – ${formatTime(fin.date)}`;
  return `du ${weekdayDay(debut)}, ${formatTime(debut.date)} au ${weekdayDay(fin)}, ${formatTime(fin.date)}`;
}

/** An event is upcoming until its end has passed (for a day-long event, until the end of that day in Paris). */
export function isUpcoming(fin: Moment, now: Date): boolean {
  if (fin.journee) return parisDay(now) <= fin.date.toISOString().slice(0, 10);
  return fin.date.getTime() >= now.getTime();
}

/** « 1 234 » with the French narrow no-break space. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** The build's clock; tests fix it with BUILD_NOW. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.BUILD_NOW;
  return fixed ? new Date(fixed) : new Date();
}
