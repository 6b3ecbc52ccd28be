// Territory and theme hubs: which records a hub lists, from the fields the records
// themselves fill in (themes, departements, regions, an event's lieu.departement).
//
// URLs: a département hub is /territoires/<code in lower case>/ (22, 2a, 974) and a
// région hub is /territoires/region-<code>/ (region-53): INSEE codes of départements
// and régions overlap ("11", "24", "44"…), the prefix keeps them apart.
import type { CollectionName } from '../../schemas/index.ts';
import { DEPARTEMENTS, REGIONS, departement, region } from './territoires.ts';
import { withBase, withoutBase } from '../site/paths.ts';

/** What hubs read of a record: fields every record has, and an event's venue. */
export interface HubData {
  titre: string;
  themes: readonly string[];
  departements: readonly string[];
  regions: readonly string[];
  lieu?: { commune: string; departement?: string | undefined } | undefined;
}

export interface HubRecord {
  collection: CollectionName;
  id: string;
  data: HubData;
}

export interface Territories {
  departements: string[];
  regions: string[];
}

/** The départements and régions a record names, an event's venue included. */
export function recordTerritories(data: Pick<HubData, 'departements' | 'regions' | 'lieu'>): Territories {
  const deps = new Set(data.departements);
  const lieu = data.lieu?.departement;
  if (lieu !== undefined && departement(lieu)) deps.add(lieu);
  return { departements: [...deps], regions: [...new Set(data.regions)] };
}

/** A record that names no territory at all concerns the whole country. */
export function isNational(data: Pick<HubData, 'departements' | 'regions' | 'lieu'>): boolean {
  const t = recordTerritories(data);
  return t.departements.length === 0 && t.regions.length === 0;
}

export function departementPath(code: string): string {
  return withBase(`/territoires/${code.toLowerCase()}/`);
}

export function regionPath(code: string): string {
  return withBase(`/territoires/region-${code}/`);
}

export interface TerritoryLink {
  kind: 'departement' | 'region';
  code: string;
  nom: string;
  /** INSEE's « type de nom en clair », for the name inside a sentence (place-names.ts). */
  typeLiaison: number;
  href: string;
}

/** The hubs a record belongs to, for links from its page. */
export function territoryLinks(data: Pick<HubData, 'departements' | 'regions' | 'lieu'>): TerritoryLink[] {
  const t = recordTerritories(data);
  return [...t.departements.map(depLink), ...t.regions.map(regLink)];
}

export interface TerritoryHub<R extends HubRecord = HubRecord> extends TerritoryLink {
  /** The slug in /territoires/<slug>/. */
  slug: string;
  /** For a département: its région. */
  parent?: TerritoryLink | undefined;
  /** For a région: all its départements, in the official order. */
  children: TerritoryLink[];
  /** Départements (for a département) or régions (for a région) that share a border with it. */
  neighbours: TerritoryLink[];
  /** Records that name this territory (for a région: it or one of its départements). */
  local: R[];
  /**
   * « À l’échelle de la région »: records that name the région without naming any of its
   * départements (for a département: its région; for a région: itself).
   */
  regional: R[];
  /** For a département: records of the other départements of its région (not already local). */
  inRegion: R[];
  /** For a département: records of neighbouring départements not listed above. */
  nearby: R[];
  /** Records that name no territory. */
  national: R[];
}

const slugOf = (href: string) => withoutBase(href).replace(/^\/territoires\/|\/$/g, '');
function depLink(code: string): TerritoryLink {
  const d = departement(code);
  return { kind: 'departement', code, nom: d?.nom ?? code, typeLiaison: d?.typeLiaison ?? 0, href: departementPath(code) };
}
function regLink(code: string): TerritoryLink {
  const r = region(code);
  return { kind: 'region', code, nom: r?.nom ?? code, typeLiaison: r?.typeLiaison ?? 0, href: regionPath(code) };
}

/**
 * A hub for every département (101) and every région (18), records or not. A record is a
 * département's own only if it names that département: a record of the Côtes-d’Armor that also
 * names Bretagne shows on Finistère's page under the région, never among Finistère's own.
 * `adjacency` gives each département's neighbours (see territories/neighbours.ts).
 */
export function buildTerritoryHubs<R extends HubRecord>(
  records: readonly R[],
  adjacency: ReadonlyMap<string, readonly string[]> = new Map(),
): TerritoryHub<R>[] {
  const withT = records.map((r) => ({ r, t: recordTerritories(r.data) }));
  const national = withT.filter(({ t }) => t.departements.length === 0 && t.regions.length === 0).map(({ r }) => r);
  const regionOfDep = (code: string) => departement(code)?.region;
  // Indexes: records by département named, by région named at the région's scale, by région through a département.
  const byDep = new Map<string, R[]>();
  const regionWide = new Map<string, R[]>();
  const byRegionThroughDep = new Map<string, R[]>();
  const push = (map: Map<string, R[]>, key: string, r: R) => {
    const list = map.get(key) ?? map.set(key, []).get(key)!;
    if (!list.includes(r)) list.push(r);
  };
  for (const { r, t } of withT) {
    for (const d of t.departements) {
      push(byDep, d, r);
      const reg = regionOfDep(d);
      if (reg) push(byRegionThroughDep, reg, r);
    }
    for (const reg of t.regions) if (!t.departements.some((d) => regionOfDep(d) === reg)) push(regionWide, reg, r);
  }
  const inOrder = (set: Set<R>) => records.filter((r) => set.has(r));

  const hubs: TerritoryHub<R>[] = [];
  for (const reg of REGIONS) {
    const link = regLink(reg.code);
    const local = inOrder(
      new Set([
        ...(regionWide.get(reg.code) ?? []),
        // A record naming the région names one of its départements or is région-wide.
        ...(byRegionThroughDep.get(reg.code) ?? []),
      ]),
    );
    const deps = DEPARTEMENTS.filter((d) => d.region === reg.code);
    const neighbourRegions = new Set(
      deps.flatMap((d) => (adjacency.get(d.code) ?? []).map(regionOfDep)).filter((c): c is string => !!c && c !== reg.code),
    );
    hubs.push({
      ...link,
      slug: slugOf(link.href),
      children: deps.map((d) => depLink(d.code)),
      neighbours: REGIONS.filter((r) => neighbourRegions.has(r.code)).map((r) => regLink(r.code)),
      local,
      regional: regionWide.get(reg.code) ?? [],
      inRegion: [],
      nearby: [],
      national,
    });
  }
  for (const dep of DEPARTEMENTS) {
    const link = depLink(dep.code);
    const local = byDep.get(dep.code) ?? [];
    const seen = new Set(local);
    // Région-wide records name none of its départements: none is local.
    const regional = regionWide.get(dep.region) ?? [];
    regional.forEach((r) => seen.add(r));
    const inRegion = (byRegionThroughDep.get(dep.region) ?? []).filter((r) => !seen.has(r));
    inRegion.forEach((r) => seen.add(r));
    const near = adjacency.get(dep.code) ?? [];
    const nearby = inOrder(new Set(near.flatMap((d) => byDep.get(d) ?? []).filter((r) => !seen.has(r))));
    hubs.push({
      ...link,
      slug: slugOf(link.href),
      parent: regLink(dep.region),
      children: [],
      neighbours: near.map(depLink),
      local,
      regional,
      inRegion,
      nearby,
      national,
    });
  }
  return hubs;
}

export interface ThemeHub<R extends HubRecord = HubRecord> {
  id: string;
  titre: string;
  description: string;
  href: string;
  records: R[];
}

export function themePath(id: string): string {
  return withBase(`/themes/${id}/`);
}

/** Every theme of themes.yaml, with the records that list it, in the order of the file. */
export function buildThemeHubs<R extends HubRecord>(
  themes: ReadonlyArray<{ id: string; titre: string; description: string }>,
  records: readonly R[],
): ThemeHub<R>[] {
  return themes.map((t) => ({ ...t, href: themePath(t.id), records: records.filter((r) => r.data.themes.includes(t.id)) }));
}

/** Records grouped by collection, in the site's order of collections, empty groups left out. */
export function byCollection<R extends HubRecord>(
  records: readonly R[],
  order: readonly CollectionName[],
): Array<{ collection: CollectionName; records: R[] }> {
  return order
    .map((collection) => ({ collection, records: records.filter((r) => r.collection === collection) }))
    .filter((g) => g.records.length > 0);
}

const keyOf = (r: { collection: string; id: string }) => `${r.collection}/${r.id}`;

/**
 * A few other records close to one: sharing a territory counts more than sharing a
 * theme; records already shown (self, references both ways) are left out.
 * The index holds positions in the list it was built from, so one cache serves lists of any record type.
 */
interface SimilarIndex {
  /** Positions of records by département, région (an event's venue included) and theme. */
  byDepartement: Map<string, number[]>;
  byRegion: Map<string, number[]>;
  byTheme: Map<string, number[]>;
  /** Position → its place in title order, to break ties without comparing strings. */
  rank: Map<number, number>;
}

const similarIndexes = new WeakMap<readonly HubRecord[], SimilarIndex>();
const collator = new Intl.Collator('fr');

/** Built once per list of records: a record page then scores only the records it shares something with. */
function similarIndex(records: readonly HubRecord[]): SimilarIndex {
  const cached = similarIndexes.get(records);
  // Stryker disable next-line ConditionalExpression: a cache; building the index again gives the same answers, only slower
  if (cached) return cached;
  const byTitle = records.map((r, i) => ({ titre: r.data.titre, i })).sort((a, b) => collator.compare(a.titre, b.titre));
  const index: SimilarIndex = {
    byDepartement: new Map(),
    byRegion: new Map(),
    byTheme: new Map(),
    rank: new Map(byTitle.map(({ i }, rank) => [i, rank])),
  };
  const push = (map: Map<string, number[]>, key: string, i: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(i);
  const seen = new Set<HubRecord>();
  records.forEach((r, i) => {
    // A record listed twice is indexed once.
    if (seen.has(r)) return;
    seen.add(r);
    const t = recordTerritories(r.data);
    for (const d of t.departements) push(index.byDepartement, d, i);
    for (const reg of t.regions) push(index.byRegion, reg, i);
    for (const theme of r.data.themes) push(index.byTheme, theme, i);
  });
  // Stryker disable next-line all: a cache; building the index again gives the same answers, only slower
  similarIndexes.set(records, index);
  return index;
}

/** Records close to `target`: same département, then same région, then the most shared themes; ties by title. */
export function similarRecords<R extends HubRecord>(
  target: HubRecord,
  records: readonly R[],
  exclude: Iterable<{ collection: string; id: string }>,
  limit: number,
): R[] {
  const index = similarIndex(records);
  const skip = new Set([keyOf(target), ...[...exclude].map(keyOf)]);
  const themes = new Set(target.data.themes);
  const scores = new Map<number, number>();
  const consider = (i: number, base: number) => {
    const record = records[i]!;
    if (scores.has(i) || skip.has(keyOf(record))) return;
    scores.set(i, base + record.data.themes.filter((id) => themes.has(id)).length);
  };
  // Nearest first: the same département, then the same région, then shared themes (any record read
  // through a theme shares at least one). A wider circle is only read when the nearer ones hold
  // fewer than `limit` records (a région holds hundreds of records at scale); its records would score
  // lower anyway, with fewer than ten themes.
  const territories = recordTerritories(target.data);
  for (const d of territories.departements) for (const i of index.byDepartement.get(d) ?? []) consider(i, 20);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only spares reading records that would rank below the limit
  if (scores.size < limit) for (const reg of territories.regions) for (const i of index.byRegion.get(reg) ?? []) consider(i, 10);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only spares reading records that would rank below the limit
  if (scores.size < limit) for (const t of themes) for (const i of index.byTheme.get(t) ?? []) consider(i, 0);
  const scored = [...scores].sort((a, b) => b[1] - a[1] || index.rank.get(a[0])! - index.rank.get(b[0])!);
  return scored.slice(0, limit).map(([i]) => records[i]!);
}
