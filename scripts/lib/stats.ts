// Small statistics for benchmark reports.
import { COLLECTIONS } from '../../src/schemas/collections.ts';

/** The p-th percentile (0–100) by nearest rank; undefined for an empty list. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values: readonly number[]): number | undefined {
  return percentile(values, 50);
}

/** « 12,3 Ko » / « 1,2 Mo », in French, from bytes. */
export function formatBytes(bytes: number): string {
  const fr = (n: number, d: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: d, minimumFractionDigits: d });
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${fr(bytes / 1024, 1)} Ko`;
  return `${fr(bytes / 1024 / 1024, 1)} Mo`;
}

/**
 * The type of a page from its route: a record page (`/acteurs/x/` → « fiche acteurs »), a
 * list or hub (`/acteurs/`, `/territoires/22/`), or the home page.
 */
export function pageType(route: string): string {
  const parts = route.split('/').filter(Boolean);
  const records: readonly string[] = COLLECTIONS;
  if (parts.length === 0) return 'accueil';
  const [first, second] = parts;
  if (first && records.includes(first)) return second && !/^\d+$/.test(second) ? `fiche ${first}` : `liste ${first}`;
  return first ?? 'autre';
}
