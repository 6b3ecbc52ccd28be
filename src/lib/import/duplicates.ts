// Rows that are already in the centre, or twice in the sheet: the same name in the same
// département, the same web site or the same e-mail address (names folded the house's way).
import { foldName } from '../text/fold.ts';

/** What the page knows of each existing record (/contribuer/importer/<collection>.json). */
export interface RecordKey {
  id: string;
  titre: string;
  departements: readonly string[];
  site?: string;
  email?: string;
}

export type Duplicate = { of: 'record'; id: string; titre: string } | { of: 'row'; line: number };

/** « https://www.Exemple.fr/ » and « exemple.fr » are the same site. */
export function siteKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/#?]+$/, '');
}

function keysOf(k: Omit<RecordKey, 'id'>): string[] {
  const name = foldName(k.titre);
  const keys = (k.departements.length ? k.departements : ['']).map((d) => `nom:${name}:${d}`);
  if (k.site) keys.push(`site:${siteKey(k.site)}`);
  if (k.email) keys.push(`email:${k.email.trim().toLowerCase()}`);
  return keys;
}

/** Finds duplicates as rows come, one after the other. */
export class DuplicateFinder {
  private readonly records = new Map<string, RecordKey>();
  private readonly ids = new Map<string, RecordKey>();
  private readonly rows = new Map<string, number>();

  constructor(existing: readonly RecordKey[]) {
    for (const r of existing) {
      this.ids.set(r.id, r);
      for (const k of keysOf(r)) if (!this.records.has(k)) this.records.set(k, r);
    }
  }

  /** The record or the earlier row this row repeats; an `id` column names its record outright. */
  check(line: number, row: Omit<RecordKey, 'id'> & { id?: string }): Duplicate | undefined {
    const keys = keysOf(row);
    const named = row.id ? this.ids.get(row.id) : undefined;
    const record = named ?? keys.map((k) => this.records.get(k)).find(Boolean);
    const earlier = keys.map((k) => this.rows.get(k)).find((l) => l !== undefined);
    for (const k of keys) if (!this.rows.has(k)) this.rows.set(k, line);
    if (record) return { of: 'record', id: record.id, titre: record.titre };
    if (earlier !== undefined) return { of: 'row', line: earlier };
    return undefined;
  }
}
