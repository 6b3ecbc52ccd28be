// What the search index knows about a record besides its text: the facets a
// visitor filters on and the date results are sorted by. Pure, so that the
// record pages and the tests compute the same values.
import type { CollectionName } from '../../schemas/index.ts';
import { DESCRIPTORS } from '../../schemas/index.ts';
import { departement, region } from '../territories/territoires.ts';

/** What the facets are computed from: fields of any record (the dates some collections have). */
export interface FacetData {
  themes?: readonly string[];
  departements?: readonly string[];
  regions?: readonly string[];
  publie_le: Date;
  /** An event's start. */
  debut?: { date: Date };
  /** A cooperation's launch (« 2015 », « 2015-06 »). */
  lancement?: string | undefined;
  /** A testimony's collection. */
  date?: Date | undefined;
}

export interface SearchFacets {
  /** « Coopération », « Acteur »… */
  type: string;
  /** Theme titles, as shown to visitors. */
  themes: string[];
  /** Département names. */
  departements: string[];
  /** Région names: those named by the record and those of its départements. */
  regions: string[];
  /** Year of the record's own date, as text (« 2016 »). */
  annee: string;
  /** The record's own date, YYYY-MM-DD, for sorting. */
  date: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The date that tells when the thing a record describes happened: an event's start,
 * a testimony's collection, a cooperation's launch; otherwise the publication.
 */
export function recordDate(collection: CollectionName, data: FacetData): string {
  // An event's day is the one in Paris, not in UTC.
  if (collection === 'evenements' && data.debut) return data.debut.date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
  if (collection === 'temoignages' && data.date) return iso(data.date);
  if (collection === 'cooperations' && data.lancement !== undefined) {
    const [y, m = '01'] = data.lancement.split('-');
    return `${y}-${m}-01`;
  }
  return iso(data.publie_le);
}

export function searchFacets(collection: CollectionName, data: FacetData, themeTitles: ReadonlyMap<string, string>): SearchFacets {
  const deps = (data.departements ?? []).map((c) => departement(c)).filter((d) => d !== undefined);
  const regCodes = new Set([...(data.regions ?? []), ...deps.map((d) => d.region)]);
  const date = recordDate(collection, data);
  return {
    type: DESCRIPTORS[collection].type,
    themes: (data.themes ?? []).map((t) => themeTitles.get(t) ?? t),
    departements: deps.map((d) => d.nom),
    regions: [...regCodes].map((c) => region(c)?.nom ?? c),
    annee: date.slice(0, 4),
    date,
  };
}

export type FacetName = 'type' | 'theme' | 'departement' | 'region' | 'annee';

/** How many records carry each value of each facet: what the search page shows before any search. */
export function facetCounts(all: readonly SearchFacets[]): Record<FacetName, Record<string, number>> {
  const out: Record<FacetName, Record<string, number>> = { type: {}, theme: {}, departement: {}, region: {}, annee: {} };
  const add = (k: FacetName, v: string) => {
    out[k][v] = (out[k][v] ?? 0) + 1;
  };
  for (const f of all) {
    add('type', f.type);
    for (const v of new Set(f.themes)) add('theme', v);
    for (const v of new Set(f.departements)) add('departement', v);
    for (const v of new Set(f.regions)) add('region', v);
    add('annee', f.annee);
  }
  return out;
}
