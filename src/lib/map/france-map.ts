// Renders France's 101 départements as an SVG string at build time (no client JavaScript):
// metropolitan France (Corsica included) plus the five overseas départements in labelled insets.
import { geoBounds, geoConicConformal, geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import type { DepartementsTopology } from './geo-build.ts';

export interface ShadeEntry {
  count: number;
  /** Accessible name of the link, e.g. « Gironde : 2 coopérations, 1 pratique ». */
  label: string;
  href?: string;
}

export interface MapMarker {
  lon: number;
  lat: number;
  label: string;
  href?: string;
}

export interface FranceMapOptions {
  /** Width of the viewBox; the height follows from the layout. */
  width: number;
  /** Codes drawn in the highlight colour (mini-maps). */
  highlight?: readonly string[];
  /** Wrap shaded départements and markers that have an href in keyboard-reachable links. */
  links: boolean;
  /** Names above the overseas insets; off for thumbnails, where they cannot fit. Default true. */
  insetLabels?: boolean;
  title: string;
  /** Prefix for ids inside the SVG, unique within the page. */
  idPrefix: string;
}

export interface LegendStep {
  min: number;
  max: number;
  colour: string;
  label: string;
}

export type DepartementFeature = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;

/** Fill for départements without content: light enough to read as "empty", not as a step. */
export const NO_CONTENT_COLOUR = '#eeeeee';
/** Sequential blues, evenly spaced in CIELAB lightness (L* 86 → 25) so that each step reads as "more". */
export const PALETTE = ['#c8d8f9', '#91b2ea', '#4e8bd7', '#0066be', '#00409b'] as const;
/** Highlight on mini-maps: 12.8:1 against the neutral fill. */
export const HIGHLIGHT_COLOUR = '#000091';
export const MARKER_COLOUR = '#ce0500';
export const TEXT_COLOUR = '#3a3a3a';

const OVERSEAS = ['971', '972', '973', '974', '976'] as const;

/** The topology as GeoJSON (for maplibre): feature ids and `properties.code` are INSEE codes. */
export function departementsGeoJson(
  topology: DepartementsTopology,
): FeatureCollection<Polygon | MultiPolygon, { code: string; nom: string }> {
  const fc = feature(topology, topology.objects.departements) as FeatureCollection<Polygon | MultiPolygon, { nom: string }>;
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

/**
 * Legend steps for counts up to `maxCount`: one step per value up to 5, otherwise five
 * bins growing geometrically (small counts matter most), each with its own colour.
 * The first item is always the "no content" one.
 */
export function legend(maxCount: number): LegendStep[] {
  const steps: LegendStep[] = [{ min: 0, max: 0, colour: NO_CONTENT_COLOUR, label: 'Aucun contenu' }];
  const max = Math.floor(maxCount);
  if (max < 1) return steps;
  const n = Math.min(PALETTE.length, max);
  const uppers: number[] = [];
  for (let i = 1; i <= n; i++) {
    const upper = n === max ? i : Math.round(max ** (i / n));
    uppers.push(Math.max(upper, (uppers[i - 2] ?? 0) + 1));
  }
  // Spread fewer steps across the palette so that 1 vs 2 is still a clear difference.
  const colours = n === 1 ? [PALETTE[PALETTE.length - 1]] : uppers.map((_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (n - 1))]);
  let min = 1;
  uppers.forEach((upper, i) => {
    steps.push({ min, max: upper, colour: colours[i] ?? NO_CONTENT_COLOUR, label: min === upper ? `${min}` : `${min} à ${upper}` });
    min = upper + 1;
  });
  return steps;
}

/** Fill for a count given legend steps; counts past the last step take its colour. */
export function colourFor(count: number, steps: readonly LegendStep[]): string {
  if (!(count >= 1)) return NO_CONTENT_COLOUR;
  const step = steps.find((s) => s.min > 0 && count <= s.max) ?? steps[steps.length - 1];
  return step?.colour ?? NO_CONTENT_COLOUR;
}

/**
 * A d3-geo path context that writes coordinates rounded to 0.1 px as relative moves, and
 * skips points that round onto the previous one: most of a small map's points do.
 */
class CompactPath {
  private d = '';
  /** Last number written, or '' right after a command letter: decides if a separator is needed. */
  private lastNumber = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private inLine = false;
  /** Where the current subpath starts in `d`, to drop those that collapsed to a single point. */
  private ringStart = 0;
  private ringHasLine = true;

  moveTo(x: number, y: number): void {
    this.dropEmptySubpath();
    this.ringStart = this.d.length;
    this.ringHasLine = false;
    this.x = this.startX = Math.round(x * 10);
    this.y = this.startY = Math.round(y * 10);
    this.command('M');
    this.number(this.x);
    this.number(this.y);
    this.inLine = false;
  }

  lineTo(x: number, y: number): void {
    const X = Math.round(x * 10);
    const Y = Math.round(y * 10);
    if (X === this.x && Y === this.y) return;
    // One "l" then implicit repetition: SVG reads following pairs as more relative lines.
    if (!this.inLine) this.command('l');
    this.inLine = true;
    this.ringHasLine = true;
    this.number(X - this.x);
    this.number(Y - this.y);
    this.x = X;
    this.y = Y;
  }

  closePath(): void {
    if (this.ringHasLine) this.command('z');
    this.dropEmptySubpath();
    this.x = this.startX;
    this.y = this.startY;
    this.inLine = false;
  }

  beginPath(): void {
    // Paths are collected in one string; nothing to reset.
  }

  arc(): void {
    // Markers are drawn as circles by the caller, never through the path context.
  }

  result(): string {
    this.dropEmptySubpath();
    return this.d;
  }

  /** An islet or border smaller than the rounding draws nothing: its lone "M x y" goes. */
  private dropEmptySubpath(): void {
    if (!this.ringHasLine) this.d = this.d.slice(0, this.ringStart);
    this.ringHasLine = true;
  }

  private command(letter: string): void {
    this.d += letter;
    this.lastNumber = '';
  }

  /** Writes n tenths as "1.2", "-.3" or "4", with a space only where the path grammar needs one. */
  private number(n: number): void {
    const abs = Math.abs(n);
    const int = Math.floor(abs / 10);
    const frac = abs % 10;
    const text = (n < 0 ? '-' : '') + (frac ? `${int || ''}.${frac}` : `${int}`);
    const glued = this.lastNumber === '' || text.startsWith('-') || (text.startsWith('.') && this.lastNumber.includes('.'));
    this.d += glued ? text : ` ${text}`;
    this.lastNumber = text;
  }
}

function pathOf(object: GeoPermissibleObjects, projection: GeoProjection): string {
  const ctx = new CompactPath();
  geoPath(projection, ctx)(object);
  return ctx.result();
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const fixed1 = (n: number) => String(Math.round(n * 10) / 10);

interface Inset {
  code: string;
  nom: string;
  projection: GeoProjection;
  box: [number, number, number, number];
  /** Geographic bounds, widened, to place markers. */
  bounds: [[number, number], [number, number]];
}

interface Layout {
  width: number;
  height: number;
  main: GeoProjection;
  insets: Inset[];
  fontSize: number;
}

function layout(features: readonly DepartementFeature[], width: number): Layout {
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
  main.fitExtent([[pad, pad], [width - pad, pad + mainHeight]], metro);

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
      .fitExtent([[x + inner, y + inner], [x + slot - inner, y + boxHeight - inner]], f);
    const [[w, s], [e, n]] = geoBounds(f);
    return { code, nom: f.properties.nom, projection, box: [x, y, slot, boxHeight], bounds: [[w - 0.5, s - 0.5], [e + 0.5, n + 0.5]] };
  });
  return { width, height: Math.ceil(top + fontSize * 1.4 + boxHeight + pad), main, insets, fontSize };
}

/**
 * Points smaller than this (triangle area, in square pixels) are dropped before drawing:
 * invisible at the drawn size, and they are most of a small map's bytes.
 */
const MIN_AREA_PX = 2;

interface Region {
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
function regionsForLayout(topology: DepartementsTopology, l: Layout): Region[] {
  const weighted = presimplify(topology, sphericalTriangleArea);
  // Steradians per square pixel: d3's scale is pixels per radian.
  const threshold = (projection: GeoProjection) => MIN_AREA_PX / projection.scale() ** 2;
  const all = topology.objects.departements.geometries;
  return [
    { projection: l.main, geometries: all.filter((g) => !String(g.id).startsWith('97')) },
    ...l.insets.map((i) => ({ projection: i.projection, geometries: all.filter((g) => g.id === i.code) })),
  ].map((r) => ({ ...r, topology: simplify(weighted, threshold(r.projection)) }));
}

function projectMarker(m: MapMarker, l: Layout): [number, number] | undefined {
  for (const inset of l.insets) {
    const [[w, s], [e, n]] = inset.bounds;
    if (m.lon >= w && m.lon <= e && m.lat >= s && m.lat <= n) return inset.projection([m.lon, m.lat]) ?? undefined;
  }
  // Metropolitan France and Corsica, with a margin for coastal places.
  if (m.lon >= -6 && m.lon <= 10 && m.lat >= 41 && m.lat <= 51.5) return l.main([m.lon, m.lat]) ?? undefined;
  return undefined;
}

// A build draws the same map thousands of times (a mini-map per record page): the fitted
// projections, the simplified topologies and the paths of each group of départements are
// computed once per topology and width, and reused.
const geometries = new WeakMap<DepartementsTopology, Map<number, { l: Layout; regions: Region[]; key: string }>>();
let topologies = 0;
const paths = new Map<string, string>();
const MAX_CACHED_PATHS = 5000;

function geometryFor(topology: DepartementsTopology, width: number): { l: Layout; regions: Region[]; key: string } {
  let byWidth = geometries.get(topology);
  if (!byWidth) geometries.set(topology, (byWidth = new Map()));
  let g = byWidth.get(width);
  if (!g) {
    const l = layout(departementsGeoJson(topology).features, width);
    g = { l, regions: regionsForLayout(topology, l), key: `${++topologies}|${width}` };
    byWidth.set(width, g);
  }
  return g;
}

function cachedPath(key: string, draw: () => string): string {
  let d = paths.get(key);
  if (d === undefined) {
    if (paths.size >= MAX_CACHED_PATHS) paths.clear();
    d = draw();
    paths.set(key, d);
  }
  return d;
}

/**
 * The map as an SVG string. Shaded départements with an href become links when
 * `options.links` is set; everything else is decorative and hidden from assistive technology,
 * which gets the title (and, with links, one link per département).
 */
export function renderFranceMap(
  topology: DepartementsTopology,
  shading: ReadonlyMap<string, ShadeEntry> | Readonly<Record<string, ShadeEntry>>,
  markers: readonly MapMarker[],
  options: FranceMapOptions,
): string {
  const shades: ReadonlyMap<string, ShadeEntry> = shading instanceof Map ? shading : new Map(Object.entries(shading));
  const { l, regions, key } = geometryFor(topology, options.width);
  const steps = legend(Math.max(0, ...[...shades.values()].map((s) => s.count)));
  const highlight = new Set(options.highlight ?? []);
  const titleId = `${options.idPrefix}-titre`;

  // Decorative départements are merged per colour and their borders drawn once as a mesh:
  // each shared border is then written once instead of twice. Links carry their own outline.
  const fills = new Map<string, string>();
  const links: string[] = [];
  let highlighted = '';
  let borders = '';
  for (const [index, { projection, topology: topo, geometries }] of regions.entries()) {
    const groups = new Map<string, typeof geometries>();
    const linked = new Set<unknown>();
    for (const g of geometries) {
      const code = String(g.id);
      const shade = shades.get(code);
      const fill = highlight.has(code) ? HIGHLIGHT_COLOUR : colourFor(shade?.count ?? 0, steps);
      if (options.links && shade?.href && shade.count > 0 && !highlight.has(code)) {
        const d = pathOf(feature(topo, g), projection);
        linked.add(g);
        links.push(`<a href="${escapeXml(shade.href)}" aria-label="${escapeXml(shade.label)}"><path fill="${fill}" d="${d}"/></a>`);
      } else {
        groups.set(fill, [...(groups.get(fill) ?? []), g]);
      }
    }
    for (const [fill, group] of groups) {
      const d = cachedPath(`${key}|${index}|fill|${group.map((g) => g.id).join(',')}`, () =>
        pathOf(merge(topo, group as Array<TopoPolygon | TopoMultiPolygon>), projection),
      );
      if (fill === HIGHLIGHT_COLOUR) highlighted += d;
      else fills.set(fill, (fills.get(fill) ?? '') + d);
    }
    borders += cachedPath(`${key}|${index}|mesh|${[...linked].map((g) => (g as { id?: unknown }).id).join(',')}`, () =>
      pathOf(mesh(topo, { type: 'GeometryCollection', geometries }, (x, y) => x !== y && !(linked.has(x) && linked.has(y))), projection),
    );
  }
  const decorative = [...fills].map(([fill, d]) => `<path fill="${fill}" d="${d}"/>`);

  const frames = l.insets.map(({ box: [x, y, w, h] }) =>
    `<rect x="${fixed1(x)}" y="${fixed1(y)}" width="${fixed1(w)}" height="${fixed1(h)}"/>`,
  );
  const names = l.insets.map(
    ({ box: [x, y], nom }) => `<text x="${fixed1(x)}" y="${fixed1(y - l.fontSize * 0.4)}">${escapeXml(nom)}</text>`,
  );

  const radius = Math.max(2.5, options.width / 160);
  const decorativeMarkers: string[] = [];
  const linkedMarkers: string[] = [];
  for (const m of markers) {
    const p = projectMarker(m, l);
    if (!p) continue;
    const circle = `<circle cx="${fixed1(p[0])}" cy="${fixed1(p[1])}" r="${fixed1(radius)}"/>`;
    if (options.links && m.href) {
      linkedMarkers.push(`<a href="${escapeXml(m.href)}" aria-label="${escapeXml(m.label)}">${circle}</a>`);
    } else {
      decorativeMarkers.push(circle);
    }
  }

  const borderWidth = fixed1(Math.max(0.4, options.width / 1000));
  const hasLinks = links.length + linkedMarkers.length > 0;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" id="${options.idPrefix}" ` +
      `class="france-map" role="${hasLinks ? 'group' : 'img'}" aria-labelledby="${titleId}">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    // No <style> here: the Content-Security-Policy only allows hashed styles, so the focus and
    // hover rules for `.france-map a` live in the page's stylesheet (components/map/FranceMap.astro).
    `<g aria-hidden="true" fill="none" stroke="#929292" stroke-width=".5">${frames.join('')}</g>`,
    `<g aria-hidden="true" fill="${TEXT_COLOUR}" font-family="system-ui,sans-serif" font-size="${l.fontSize}">` +
      `${options.insetLabels === false ? '' : names.join('')}</g>`,
    `<g aria-hidden="true" fill-rule="evenodd">${decorative.join('')}</g>`,
    links.length ? `<g stroke="#fff" stroke-width="${borderWidth}" stroke-linejoin="round">${links.join('')}</g>` : '',
    highlighted ? `<path aria-hidden="true" fill="${HIGHLIGHT_COLOUR}" fill-rule="evenodd" d="${highlighted}"/>` : '',
    `<path aria-hidden="true" fill="none" stroke="#fff" stroke-width="${borderWidth}" ` +
      `stroke-linejoin="round" pointer-events="none" d="${borders}"/>`,
    decorativeMarkers.length || linkedMarkers.length
      ? `<g fill="${MARKER_COLOUR}" stroke="#fff" stroke-width="1"><g aria-hidden="true">${decorativeMarkers.join('')}</g>${linkedMarkers.join('')}</g>`
      : '',
    '</svg>',
  ];
  return parts.join('');
}
