// « Votre commune ou code postal »: the official list of communes (with their postal codes) cut
// into small JSON shards at build time, so one search downloads only the shard of the first two
// characters typed (a name's first two letters, a postal code's first two digits).
// Plain functions shared by the build (shards) and the browser (matching).
import { foldName, foldQuery } from '../text/fold.ts';

/** A match as the finder shows it: « Saint-Brieuc (22000) », Côtes-d’Armor. */
export interface CommuneEntry {
  /** Official name. */
  nom: string;
  /** Code of the département whose page a choice leads to. */
  dep: string;
  /** Postal codes, in the list's order. */
  cp: string[];
}

/** What a shard holds on disk: [nom, dep, "cp cp…"], the most populated communes first. */
export type ShardRow = [string, string, string];

/**
 * A name or a query as the finder compares them: folded (see foldName) without its spaces, so
 * that « Lhay » finds « L’Haÿ-les-Roses » as the finder always did. A query's last word is
 * still being typed: « St » may start « Stenay » (see foldQuery).
 */
const compact = (text: string) => text.replaceAll(' ', '');
const nameOf = (nom: string) => compact(foldName(nom));
const queryOf = (query: string) => compact(foldQuery(query));

/**
 * The shard key of a normalised name: its first two letters, except that the thousands of
 * « Saint-… » and « Sainte-… » (a fifth of the list would share `sa`) are keyed by the two
 * letters after « saint »: « Saint-Brieuc » → `stbr`, « Sainte-Marie » → `stem`.
 */
function nameKey(norm: string): string | undefined {
  if (norm.startsWith('saint')) return norm.length >= 7 ? `st${norm.slice(5, 7)}` : undefined;
  return norm.length >= 2 ? norm.slice(0, 2) : undefined;
}

/**
 * The shard a query reads: `n-sa` for names, `p-22` for postal codes; undefined while the query
 * is too short to choose one (under two characters, or « saint » and less than two more).
 */
export function shardOf(query: string): string | undefined {
  const q = queryOf(query);
  if (q.length < 2) return undefined;
  if (/^\d/.test(q)) return `p-${q.slice(0, 2)}`;
  const key = nameKey(q);
  return key ? `n-${key}` : undefined;
}

export interface SourceCommune {
  nom: string;
  type: string;
  departement?: string | undefined;
  codesPostaux?: string[] | undefined;
  population?: number | undefined;
}

/**
 * Every shard from the official list: current communes of the départements the site has a
 * page for, the most populated first (a short query then shows the likeliest communes).
 */
export function buildShards(communes: readonly SourceCommune[], departements: ReadonlySet<string>): Map<string, ShardRow[]> {
  const shards = new Map<string, ShardRow[]>();
  const add = (key: string, row: ShardRow) => (shards.get(key) ?? shards.set(key, []).get(key)!).push(row);
  const kept = communes
    .filter((c) => c.type === 'commune-actuelle' && c.departement && departements.has(c.departement))
    .toSorted((a, b) => (b.population ?? 0) - (a.population ?? 0));
  for (const c of kept) {
    const cps = c.codesPostaux ?? [];
    const row: ShardRow = [c.nom, c.departement!, cps.join(' ')];
    const key = nameKey(nameOf(c.nom));
    if (key) add(`n-${key}`, row);
    for (const prefix of new Set(cps.map((cp) => cp.slice(0, 2)))) add(`p-${prefix}`, row);
  }
  return shards;
}

/** The communes of a shard that match a query, at most `limit`, in the shard's order. */
export function matchCommunes(rows: readonly ShardRow[], query: string, limit = 20): CommuneEntry[] {
  const q = queryOf(query);
  if (q.length < 2) return [];
  const byCode = /^\d/.test(q);
  const out: CommuneEntry[] = [];
  for (const [nom, dep, cps] of rows) {
    const codes = cps ? cps.split(' ') : [];
    const hit = byCode ? codes.some((cp) => cp.startsWith(q)) : nameOf(nom).startsWith(q);
    if (!hit) continue;
    // For a postal code, the matching codes come first so the label shows the one typed.
    out.push({ nom, dep, cp: byCode ? [...codes.filter((cp) => cp.startsWith(q)), ...codes.filter((cp) => !cp.startsWith(q))] : codes });
    if (out.length >= limit) break;
  }
  return out;
}

/** « Saint-Brieuc (22000) » or, with several codes, « Marseille (13001…) ». */
export function communeLabel(entry: CommuneEntry, departementNom: string): string {
  const cp = entry.cp.length === 0 ? '' : entry.cp.length === 1 ? ` (${entry.cp[0]})` : ` (${entry.cp[0]}…)`;
  return `${entry.nom}${cp} — ${departementNom}`;
}

/** What Enter does without a suggestion chosen: the best match, or why there is none. */
export type EnterChoice = { entry: CommuneEntry } | { reason: 'court' | 'aucune' };

/**
 * The commune Enter leads to when no suggestion was chosen: the one whose name is exactly the
 * query (« Plérin », « St-Brieuc »), else the first match, the most populated.
 */
export function bestMatch(rows: readonly ShardRow[], query: string): EnterChoice {
  if (!shardOf(query)) return { reason: 'court' };
  const matches = matchCommunes(rows, query);
  // Enter ends the query: its last word is finished too (« Ste » is « Sainte »).
  const q = nameOf(query);
  const entry = matches.find((e) => nameOf(e.nom) === q) ?? matches[0];
  return entry ? { entry } : { reason: 'aucune' };
}
