// Where France is drawn: metropolitan France (Corsica included) in Lambert-93's conic
// projection, the five overseas départements in a row of insets below, each at its own scale,
// and each region's topology simplified for the scale it is drawn at.
import { geoBounds, geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { DepartementsTopology } from './geo-build.ts';

export type DepartementFeature = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;

/** A point to draw, in degrees. */
export interface LonLat {
  lon: number;
  lat: number;
}

const OVERSEAS = ['971', '972', '973', '974', '976'] as const;

export interface Inset {
  code: string;
  nom: string;
  projection: GeoProjection;
  box: [number, number, number, number];
  /** Geographic bounds, widened, to place markers. */
  bounds: [[number, number], [number, number]];
}

export interface Layout {
  width: number;
  height: number;
  main: GeoProjection;
  insets: Inset[];
  fontSize: number;
}

export function layout(features: readonly DepartementFeature[], width: number): Layout {
  const pad = Math.max(2, Math.round(width * 0.01));
  const metro: FeatureCollection = {
    type: 'FeatureCollection',
    features: features.filter((f) => !f.properties.code.startsWith('97')),
  };
  // Lambert-93's parameters: the shape French readers know.
  const main = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).precision(0);
  main.fitWidth(width - 2 * pad, metro);
  const [[, y0], [, y1]] = geoPath(main).bounds(metro);
  const mainHeight = y1 - y0;
  main.fitExtent(
    [
      [pad, pad],
      [width - pad, pad + mainHeight],
    ],
    metro,
  );

  // Overseas départements in a row below, each at its own scale (as on INSEE maps).
  const gap = pad * 2;
  const slot = (width - 2 * pad - (OVERSEAS.length - 1) * gap) / OVERSEAS.length;
  const fontSize = Math.max(8, Math.min(14, Math.round(slot / 8)));
  const top = pad + mainHeight + gap;
  const boxHeight = slot * 0.8;
  const insets = OVERSEAS.map((code, i): Inset => {
    const f = features.find((x) => x.properties.code === code);
    if (!f) throw new Error(`Département ${code} absent de la topologie.`);
    const x = pad + i * (slot + gap);
    const y = top + fontSize * 1.4;
    const inner = Math.max(2, slot * 0.06);
    const projection = geoMercator()
      .precision(0)
      .fitExtent(
        [
          [x + inner, y + inner],
          [x + slot - inner, y + boxHeight - inner],
        ],
        f,
      );
    const [[w, s], [e, n]] = geoBounds(f);
    return {
      code,
      nom: f.properties.nom,
      projection,
      box: [x, y, slot, boxHeight],
      bounds: [
        [w - 0.5, s - 0.5],
        [e + 0.5, n + 0.5],
      ],
    };
  });
  return { width, height: Math.ceil(top + fontSize * 1.4 + boxHeight + pad), main, insets, fontSize };
}

/**
 * Points smaller than this (triangle area, in square pixels) are dropped before drawing:
 * invisible at the drawn size, and they are most of a small map's bytes.
 */
const MIN_AREA_PX = 2;

export interface Region {
  projection: GeoProjection;
  /** The topology simplified for this region's scale. */
  topology: DepartementsTopology;
  geometries: DepartementsTopology['objects']['departements']['geometries'];
}

/**
 * Metropolitan France and each inset, simplified for the scale each is drawn at: the insets
 * are zoomed in far more than the mainland. Arcs are only shared within a region, so
 * neighbours still meet exactly.
 */
export function regionsForLayout(topology: DepartementsTopology, l: Layout): Region[] {
  const weighted = presimplify(topology, sphericalTriangleArea);
  // Steradians per square pixel: d3's scale is pixels per radian.
  const threshold = (projection: GeoProjection) => MIN_AREA_PX / projection.scale() ** 2;
  const all = topology.objects.departements.geometries;
  return [
    { projection: l.main, geometries: all.filter((g) => !String(g.id).startsWith('97')) },
    ...l.insets.map((i) => ({ projection: i.projection, geometries: all.filter((g) => g.id === i.code) })),
  ].map((r) => ({ ...r, topology: simplify(weighted, threshold(r.projection)) }));
}

export function projectMarker(m: LonLat, l: Layout): [number, number] | undefined {
  for (const inset of l.insets) {
    const [[w, s], [e, n]] = inset.bounds;
    if (m.lon >= w && m.lon <= e && m.lat >= s && m.lat <= n) return inset.projection([m.lon, m.lat]) ?? undefined;
  }
  // Metropolitan France and Corsica, with a margin for coastal places.
  if (m.lon >= -6 && m.lon <= 10 && m.lat >= 41 && m.lat <= 51.5) return l.main([m.lon, m.lat]) ?? undefined;
  return undefined;
}
