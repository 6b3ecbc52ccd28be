// A record nobody has checked for a long time may be wrong: its page says so and
// `npm run stale` lists it for the maintainers.

/** After this many months without a check, a record is « à vérifier ». */
export const STALE_MONTHS = 18;

export type CheckField = 'verifie_le' | 'mis_a_jour_le' | 'publie_le';

interface Dated {
  publie_le: Date;
  mis_a_jour_le?: Date | undefined;
  verifie_le?: Date | undefined;
}

/** The last date someone looked at the record: its check, else its update, else its publication. */
export function lastCheck(data: Dated): { date: Date; field: CheckField } {
  if (data.verifie_le) return { date: data.verifie_le, field: 'verifie_le' };
  if (data.mis_a_jour_le) return { date: data.mis_a_jour_le, field: 'mis_a_jour_le' };
  return { date: data.publie_le, field: 'publie_le' };
}

/** The day a check made on `date` stops being recent (same day, 18 months later). */
export function staleFrom(date: Date): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + STALE_MONTHS);
  // 31 August + 18 months is 28 (or 29) February, not 3 March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export function isStale(data: Dated, now: Date): boolean {
  return now.getTime() >= staleFrom(lastCheck(data).date).getTime();
}

export interface StaleRecord {
  file: string;
  titre: string;
  date: Date;
  field: CheckField;
}

const optionalDate = (v: unknown): Date | undefined => (v instanceof Date ? v : undefined);

/** The dates of a validated record, read from the validator's untyped fields. */
function datedRecord(data: Record<string, unknown>): Dated & { titre: string } {
  if (!(data.publie_le instanceof Date)) throw new Error('publie_le manquant : la fiche n’a pas été validée');
  return { titre: String(data.titre), publie_le: data.publie_le, mis_a_jour_le: optionalDate(data.mis_a_jour_le), verifie_le: optionalDate(data.verifie_le) };
}

/** Records not checked for 18 months, the oldest check first. */
export function staleRecords(records: ReadonlyArray<{ file: string; data: Record<string, unknown> }>, now: Date): StaleRecord[] {
  return records
    .map((r) => {
      const data = datedRecord(r.data);
      return { file: r.file, titre: data.titre, ...lastCheck(data), stale: isStale(data, now) };
    })
    .filter((r) => r.stale)
    .map(({ stale: _stale, ...r }) => r)
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.file.localeCompare(b.file));
}
