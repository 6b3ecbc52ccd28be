// The map data file (/carte/donnees.json) and how the browser turns it into GeoJSON features.
// Shared by the build (which writes the file) and the interactive map (which reads it), so it
// imports nothing heavy: no official lists, no d3, no Astro.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { withBase } from '../site/paths.ts';

/**
 * One record, as an array to keep the file small at 10,000 records. Only records with a point
 * carry their id and title (for the marker's name, the popup and the link): the others are only
 * counted in their départements, and ids and titles are most of the file's weight.
 */
export type MapFiche =
  | [type: number, themes: number[], departements: string[], point: null]
  | [type: number, themes: number[], departements: string[], point: [number, number], id: string, titre: string];
// type: index into `types`; themes: indexes into `themes`; departements: INSEE codes the record
// names; point: `[lon, lat]` rounded to 3 decimals (~100 m: a commune-level point);
// id: the record's file name, its page is `/<collection>/<id>/`.

export interface MapType {
  /** Collection name, also the first path segment of a record's URL. */
  id: string;
  /** « coopération » / « coopérations », for counts. */
  un: string;
  des: string;
  /** « Coopérations », for the filter. */
  libelle: string;
}

export interface MapPayload {
  version: 1;
  types: MapType[];
  themes: Array<{ id: string; titre: string }>;
  /**
   * The département outlines as TopoJSON (ids are INSEE codes, `properties.nom` the name): a third
   * of the size of the same outlines as GeoJSON once gzipped; `departementFeatures` unpacks them.
   */
  departements: Topology<{ departements: GeometryCollection<{ nom: string }> }>;
  fiches: MapFiche[];
}

export interface MapFilter {
  /** Collection name, or '' for all. */
  type: string;
  /** Theme id, or '' for all. */
  theme: string;
}

export interface FicheProperties {
  /** Index of the record in `payload.fiches`, to find its title and link for the popup. */
  index: number;
  type: string;
  titre: string;
  href: string;
}

/** The outlines as GeoJSON for maplibre: feature ids and `properties.code` are INSEE codes. */
export function departementFeatures(
  payload: Pick<MapPayload, 'departements'>,
): FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }> {
  const topo = payload.departements;
  const fc = feature(topo, topo.objects.departements) as FeatureCollection<Polygon | MultiPolygon, { nom: string }>;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      id: String(f.id),
      properties: { code: String(f.id), nom: f.properties.nom },
      geometry: f.geometry,
    })),
  };
}

export function ficheHref(payload: Pick<MapPayload, 'types'>, type: number, id: string): string {
  return withBase(`/${payload.types[type]?.id ?? ''}/${id}/`);
}

/** Records kept by the filter (all with an empty filter). */
/** What filtering reads of the payload (the outlines are not needed). */
export type FichesOnly = Pick<MapPayload, 'types' | 'themes' | 'fiches'>;

export function filterFiches(payload: FichesOnly, filter: MapFilter): Array<{ fiche: MapFiche; index: number }> {
  const typeIndex = filter.type ? payload.types.findIndex((t) => t.id === filter.type) : -1;
  const themeIndex = filter.theme ? payload.themes.findIndex((t) => t.id === filter.theme) : -1;
  const out: Array<{ fiche: MapFiche; index: number }> = [];
  payload.fiches.forEach((fiche, index) => {
    if (filter.type && fiche[0] !== typeIndex) return;
    if (filter.theme && !fiche[1].includes(themeIndex)) return;
    out.push({ fiche, index });
  });
  return out;
}

/** A record with coordinates as a GeoJSON point; records without a point give undefined. */
export function ficheToFeature(payload: MapPayload, fiche: MapFiche, index: number): Feature<Point, FicheProperties> | undefined {
  if (fiche[3] === null) return undefined;
  const [type, , , point, id, titre] = fiche;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [point[0], point[1]] },
    properties: { index, type: payload.types[type]?.id ?? '', titre, href: ficheHref(payload, type, id) },
  };
}

/** The points of the records kept by the filter, for a clustered GeoJSON source. */
export function pointsFor(payload: MapPayload, filter: MapFilter): FeatureCollection<Point, FicheProperties> {
  const features: Array<Feature<Point, FicheProperties>> = [];
  for (const { fiche, index } of filterFiches(payload, filter)) {
    const f = ficheToFeature(payload, fiche, index);
    if (f) features.push(f);
  }
  return { type: 'FeatureCollection', features };
}

/** Per département, how many records of each type (index into `types`) the filter keeps. */
export function countsFor(payload: FichesOnly, filter: MapFilter): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  for (const { fiche } of filterFiches(payload, filter)) {
    for (const code of new Set(fiche[2])) {
      const row = counts.get(code) ?? payload.types.map(() => 0);
      row[fiche[0]] = (row[fiche[0]] ?? 0) + 1;
      counts.set(code, row);
    }
  }
  return counts;
}

/** « 2 coopérations, 1 pratique » (types in the payload's order, zeros left out). */
export function countsText(types: readonly Pick<MapType, 'un' | 'des'>[], row: readonly number[]): string {
  const frNumber = new Intl.NumberFormat('fr-FR');
  return row
    .map((n, i) => (n > 0 ? `${frNumber.format(n)} ${n === 1 ? types[i]?.un : types[i]?.des}` : ''))
    .filter(Boolean)
    .join(', ');
}

/** « Gironde : 2 coopérations, 1 pratique », the accessible name of a département's link. */
export function departementLabel(nom: string, types: readonly Pick<MapType, 'un' | 'des'>[], row: readonly number[]): string {
  const text = countsText(types, row);
  return text ? `${nom} : ${text}` : `${nom} : aucune ressource`;
}

/** Reads `?type=…&theme=…` from a query string, keeping only values the payload knows. */
export function readFilter(search: string, payload: Pick<MapPayload, 'types' | 'themes'>): MapFilter {
  const params = new URLSearchParams(search);
  const type = params.get('type') ?? '';
  const theme = params.get('theme') ?? '';
  return {
    type: payload.types.some((t) => t.id === type) ? type : '',
    theme: payload.themes.some((t) => t.id === theme) ? theme : '',
  };
}

/** The query string for a filter ('' when nothing is filtered), other parameters kept. */
export function writeFilter(search: string, filter: MapFilter): string {
  const params = new URLSearchParams(search);
  for (const key of ['type', 'theme'] as const) {
    if (filter[key]) params.set(key, filter[key]);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
