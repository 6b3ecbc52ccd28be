// Build-time side of the map: from records to the static map's shading, markers and list, and to
// the data file the interactive map loads. Records arrive as plain objects (src/queries reads them).
import { DESCRIPTORS, COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { MapMarker, ShadeEntry } from './france-map.ts';
import type { DepartementsTopology } from './geo-build.ts';
import { countsFor, departementLabel, type MapFiche, type MapPayload, type MapType } from './map-features.ts';
import { departement, DEPARTEMENTS } from '../territories/territoires.ts';
import { withBase } from '../site/paths.ts';

export interface MapRecord {
  collection: CollectionName;
  id: string;
  titre: string;
  themes: readonly string[];
  departements: readonly string[];
  /** `lieu.coordonnees` of cooperations and events: `[lon, lat]`. */
  coordonnees?: readonly [number, number] | undefined;
}

/** The five collections in the site's order, with the words to count them. */
export const MAP_TYPES: MapType[] = COLLECTIONS.map((id) => ({
  id,
  un: DESCRIPTORS[id].un.replace(/^une? /, ''),
  des: DESCRIPTORS[id].des,
  libelle: DESCRIPTORS[id].des.charAt(0).toUpperCase() + DESCRIPTORS[id].des.slice(1),
}));

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Compact records, in the order given. */
export function toFiches(records: readonly MapRecord[], themeIds: readonly string[]): MapFiche[] {
  return records.map((r): MapFiche => {
    const type = COLLECTIONS.indexOf(r.collection);
    const themes = r.themes.map((t) => themeIds.indexOf(t)).filter((i) => i >= 0);
    const departements = [...new Set(r.departements)];
    if (!r.coordonnees) return [type, themes, departements, null];
    return [type, themes, departements, [round(r.coordonnees[0], 3), round(r.coordonnees[1], 3)], r.id, r.titre];
  });
}

/** What /carte/donnees.json holds: outlines, the type and theme lists, and one short row per record. */
export function buildMapPayload(
  records: readonly MapRecord[],
  themes: ReadonlyArray<{ id: string; titre: string }>,
  topology: DepartementsTopology,
): MapPayload {
  return {
    version: 1,
    types: MAP_TYPES,
    themes: themes.map((t) => ({ id: t.id, titre: t.titre })),
    departements: topology,
    fiches: toFiches(
      records,
      themes.map((t) => t.id),
    ),
  };
}

export interface DepartementSummary {
  code: string;
  nom: string;
  /** Records that name the département, all types together. */
  total: number;
  /** Per type, in MAP_TYPES order. */
  parType: number[];
  /** « Gironde : 2 coopérations, 1 pratique ». */
  label: string;
}

/** Départements named by at least one record, in the official order, with their counts by type. */
export function summariseDepartements(records: readonly MapRecord[]): DepartementSummary[] {
  const payload = { types: MAP_TYPES, themes: [], fiches: toFiches(records, []) };
  const counts = countsFor(payload, { type: '', theme: '' });
  return DEPARTEMENTS.filter((d) => counts.has(d.code)).map((d) => {
    const row = counts.get(d.code) ?? [];
    return {
      code: d.code,
      nom: d.nom,
      total: row.reduce((a, b) => a + b, 0),
      parType: row,
      label: departementLabel(d.nom, MAP_TYPES, row),
    };
  });
}

/** The territory hub of a département. */
export const territoireHref = (code: string) => withBase(`/territoires/${code.toLowerCase()}/`);

/** Shading for renderFranceMap: every département links to its hub, those without content too. */
export function shadingFor(summaries: readonly DepartementSummary[]): Map<string, ShadeEntry> {
  const withContent = new Map(summaries.map((s) => [s.code, { count: s.total, label: s.label, href: territoireHref(s.code) }]));
  // A département without resources is drawn, not linked: on the static map the keyboard goes only
  // through those that have something (every département's page is reached from /territoires/).
  return new Map(
    DEPARTEMENTS.map((d) => [d.code, withContent.get(d.code) ?? { count: 0, label: `${d.nom} : aucune ressource pour l’instant` }]),
  );
}

/** Markers for records with coordinates, each linking to its record. */
export function markersFor(records: readonly MapRecord[]): MapMarker[] {
  return records.flatMap((r) => {
    if (!r.coordonnees) return [];
    const type = MAP_TYPES.find((t) => t.id === r.collection);
    const where = r.departements.map((c) => departement(c)?.nom ?? c).join(', ');
    const label = `${r.titre} (${type?.un ?? r.collection}${where ? `, ${where}` : ''})`;
    return [{ lon: r.coordonnees[0], lat: r.coordonnees[1], label, href: withBase(`/${r.collection}/${r.id}/`) }];
  });
}
