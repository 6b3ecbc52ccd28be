// Days and moments as contributors write them, checked against the calendar and the clock.
import { z } from 'astro/zod';

/**
 * When something happens: the instant, and whether only its day is known (an all-day
 * event, stored at UTC midnight). The one date type of events, from the schema to the feeds.
 */
export interface Moment {
  date: Date;
  journee: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** A calendar day written as text (`2016-11-25`), checked against the calendar. */
export const jourTexte = z
  .string()
  .regex(DAY, { error: 'une date s’écrit AAAA-MM-JJ, par exemple 2016-11-25' })
  .refine((s) => !DAY.test(s) || isRealDay(s), { error: 'cette date n’existe pas dans le calendrier' });

/**
 * A calendar day. The collections' loader hands the header as text; a Date is still
 * accepted from other callers, and a Date at UTC midnight comes out.
 */
export const jour = z.union([z.date(), jourTexte]).transform((v) => (typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v));

const DATETIME_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

/**
 * True when every part of a written date-time exists in the calendar and on the
 * clock: `Date` would roll 30 February over to 2 March.
 */
export function isRealDateTime(s: string): boolean {
  if (!DATETIME_OFFSET.test(s)) return false;
  const [y, mo, d, h, mi, se] = [s.slice(0, 4), s.slice(5, 7), s.slice(8, 10), s.slice(11, 13), s.slice(14, 16), s[16] === ':' ? s.slice(17, 19) : '0'].map(Number) as [number, number, number, number, number, number];
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(s)?.[1] ?? 'Z';
  const offsetOk = offset === 'Z' || (Number(offset.slice(1, 3)) <= 14 && Number(offset.slice(4, 6)) < 60);
  const day = new Date(Date.UTC(y, mo - 1, d));
  return offsetOk && h < 24 && mi < 60 && se < 60 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** A moment with its offset from UTC, as in `2015-03-05T09:30:00+01:00`. */
export const momentAvecDecalage = z
  .union([
    z.date(),
    z
      .string()
      .regex(DATETIME_OFFSET, {
        error: 'une date et heure s’écrit AAAA-MM-JJTHH:MM:SS+01:00 (avec le décalage horaire : +01:00 en hiver, +02:00 en été), ou AAAA-MM-JJ seule pour une journée entière',
      })
      .refine((s) => !DATETIME_OFFSET.test(s) || isRealDateTime(s), { error: 'cette date et heure n’existe pas dans le calendrier (jour, mois, heure ou minutes)' }),
  ])
  .transform((v) => (typeof v === 'string' ? new Date(v) : v));

type Dated = { publie_le: Date; mis_a_jour_le?: Date | undefined };

/** Refinement shared by every collection: an update cannot precede the publication. */
export function checkDates(value: Dated, ctx: z.RefinementCtx): void {
  if (value.mis_a_jour_le && value.mis_a_jour_le < value.publie_le) {
    ctx.addIssue({
      code: 'custom',
      path: ['mis_a_jour_le'],
      message: 'la date de mise à jour est avant la date de publication',
    });
  }
}
