// The interactive map's logic without the DOM or maplibre: its style, the shading of the
// départements, the reading of the features maplibre hands back, the markers to keep, add
// or remove, and the status line. Tested here; components/map/interactive-map.ts wires it
// to the page.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { FicheProperties } from './map-features.ts';
import { colourFor, legend, NO_CONTENT_COLOUR, type LegendStep } from './palette.ts';

export interface Basemap {
  tiles: string[];
  attribution: string;
  maxzoom: number;
}

export type Bounds = [[number, number], [number, number]];

/** Metropolitan France and Corsica, the first view when the URL has none. */
export const METROPOLE: Bounds = [
  [-5.2, 41.3],
  [9.6, 51.1],
];

const frNumber = new Intl.NumberFormat('fr-FR');

/** A local style: GeoJSON sources only, plus raster tiles when a basemap is configured. */
export function mapStyle(
  outlines: FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }>,
  points: FeatureCollection<Point, FicheProperties>,
  basemap: Basemap | undefined,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...(basemap
        ? {
            fond: {
              type: 'raster' as const,
              tiles: basemap.tiles,
              tileSize: 256,
              maxzoom: basemap.maxzoom,
              attribution: basemap.attribution,
            },
          }
        : {}),
      departements: { type: 'geojson', data: outlines, attribution: 'Contours : Natural Earth (domaine public)' },
      fiches: { type: 'geojson', data: points, cluster: true, clusterRadius: 44, clusterMaxZoom: 11 },
    },
    layers: [
      { id: 'fond-uni', type: 'background', paint: { 'background-color': '#dfe9f2' } },
      ...(basemap ? [{ id: 'fond', type: 'raster' as const, source: 'fond' }] : []),
      {
        id: 'departements',
        type: 'fill',
        source: 'departements',
        paint: { 'fill-color': NO_CONTENT_COLOUR, 'fill-opacity': basemap ? 0.55 : 1 },
      },
      { id: 'limites', type: 'line', source: 'departements', paint: { 'line-color': '#ffffff', 'line-width': 0.8 } },
      // Invisible: clusters and points are drawn as HTML buttons (focusable, and no glyphs to fetch),
      // but maplibre only computes a source's clusters when a layer uses it.
      { id: 'fiches', type: 'circle', source: 'fiches', paint: { 'circle-radius': 1, 'circle-opacity': 0 } },
    ],
  };
}

export interface Shading {
  /** The fill of the départements layer: one colour per département with content, the neutral one otherwise. */
  fill: ExpressionSpecification | string;
  steps: LegendStep[];
  /** Départements with at least one record. */
  departements: number;
}

/** The colour of each département from its counts by type (a row per INSEE code). */
export function shading(counts: ReadonlyMap<string, readonly number[]>): Shading {
  const totals = [...counts].map(([code, row]): [string, number] => [code, row.reduce((a, b) => a + b, 0)]);
  const steps = legend(Math.max(0, ...totals.map(([, total]) => total)));
  const [first, ...rest] = totals.map(([code, total]) => [code, colourFor(total, steps)] as const);
  const fill: ExpressionSpecification | string = first
    ? ['match', ['get', 'code'], first[0], first[1], ...rest.flat(), NO_CONTENT_COLOUR]
    : NO_CONTENT_COLOUR;
  return { fill, steps, departements: totals.length };
}

/** « Carte interactive : 3 départements avec des ressources, 12 lieux sur la carte. » */
export function statusText(departements: number, points: number): string {
  return (
    `Carte interactive : ${frNumber.format(departements)} département${departements > 1 ? 's' : ''} avec des ressources, ` +
    `${frNumber.format(points)} lieu${points > 1 ? 'x' : ''} sur la carte.`
  );
}

/** What a feature of the clustered source is: a group of points, or one record. */
export type MarkerItem =
  | { kind: 'groupe'; key: string; id: number; count: number; lngLat: [number, number] }
  | { kind: 'fiche'; key: string; fiche: FicheProperties; lngLat: [number, number] };

/**
 * Reads a feature maplibre returns from the `fiches` source: its properties come back as
 * untyped values (maplibre serialises them through its worker), so each one is checked.
 */
export function markerItem(feature: { properties: unknown; geometry: { type: string; coordinates?: unknown } }): MarkerItem | undefined {
  const p = feature.properties;
  if (typeof p !== 'object' || p === null || feature.geometry.type !== 'Point' || !Array.isArray(feature.geometry.coordinates))
    return undefined;
  const coordinates: unknown[] = feature.geometry.coordinates;
  const [lon, lat] = coordinates;
  if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
  const props = new Map(Object.entries(p));
  const get = (k: string): unknown => props.get(k);
  if (get('cluster')) {
    return {
      kind: 'groupe',
      key: `c${String(get('cluster_id'))}`,
      id: Number(get('cluster_id')),
      count: Number(get('point_count')),
      lngLat: [lon, lat],
    };
  }
  const fiche = { index: Number(get('index')), type: String(get('type')), titre: String(get('titre')), href: String(get('href')) };
  return { kind: 'fiche', key: `f${fiche.index}`, fiche, lngLat: [lon, lat] };
}

/**
 * Keeps the markers that stay in view (their DOM node, and the keyboard focus, with them),
 * creates the new ones and removes the others. Returns the markers now shown, by key.
 */
export function reconcileMarkers<T>(
  current: ReadonlyMap<string, T>,
  items: Iterable<MarkerItem>,
  create: (item: MarkerItem) => T,
  remove: (marker: T) => void,
): Map<string, T> {
  const next = new Map<string, T>();
  for (const item of items) {
    if (next.has(item.key)) continue;
    next.set(item.key, current.get(item.key) ?? create(item));
  }
  for (const [key, marker] of current) if (!next.has(key)) remove(marker);
  return next;
}

/** The box around a département's outline, to fit the view to it. */
export function boundsOf(geometry: Polygon | MultiPolygon): Bounds {
  let [w, s, e, n] = [180, 90, -180, -90];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  }
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * The summary of a record page, from its meta description: only that tag is parsed, since
 * parsing the whole page would meet its inline styles, which the map page's
 * Content-Security-Policy (other hashes) reports as violations.
 */
export function descriptionTag(html: string): string {
  return /<meta name="description" content="[^"]*"[^>]*>/.exec(html)?.[0] ?? '';
}
