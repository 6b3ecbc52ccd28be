// Renders France's 101 départements as an SVG string at build time (no client JavaScript):
// metropolitan France (Corsica included) plus the five overseas départements in labelled insets.
// The projection and insets are in map-layout.ts, the colours in palette.ts, the path writer in
// compact-path.ts; this file assembles the SVG and caches what a build draws again and again.
import { feature, merge, mesh } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { pathOf } from './compact-path.ts';
import type { DepartementsTopology } from './geo-build.ts';
import { layout, projectMarker, regionsForLayout, type Layout, type Region } from './map-layout.ts';
import { departementFeatures } from './map-features.ts';
import { colourFor, HIGHLIGHT_COLOUR, legend, MARKER_COLOUR, TEXT_COLOUR } from './palette.ts';

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

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const fixed1 = (n: number) => String(Math.round(n * 10) / 10);

// A build draws the same map thousands of times (a mini-map per record page): the fitted
// projections, the simplified topologies and the paths of each group of départements are
// computed once per topology and width, and reused.
const geometries = new WeakMap<DepartementsTopology, Map<number, { l: Layout; regions: Region[]; key: string }>>();
let topologies = 0;
const paths = new Map<string, string>();
const MAX_CACHED_PATHS = 5000;

function geometryFor(topology: DepartementsTopology, width: number): { l: Layout; regions: Region[]; key: string } {
  let byWidth = geometries.get(topology);
  if (!byWidth) geometries.set(topology, (byWidth = new Map<number, { l: Layout; regions: Region[]; key: string }>()));
  let g = byWidth.get(width);
  if (!g) {
    const l = layout(departementFeatures({ departements: topology }).features, width);
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
      if (options.links && shade?.href && !highlight.has(code)) {
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
      pathOf(
        mesh(topo, { type: 'GeometryCollection', geometries }, (x, y) => x !== y && !(linked.has(x) && linked.has(y))),
        projection,
      ),
    );
  }
  const decorative = [...fills].map(([fill, d]) => `<path fill="${fill}" d="${d}"/>`);

  const frames = l.insets.map(
    ({ box: [x, y, w, h] }) => `<rect x="${fixed1(x)}" y="${fixed1(y)}" width="${fixed1(w)}" height="${fixed1(h)}"/>`,
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
