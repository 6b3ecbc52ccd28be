// The interactive map of /carte/, loaded on demand (see InteractiveMap.astro): maplibre-gl with a
// local style made only of GeoJSON sources from /carte/donnees.json, so that nothing is requested
// from another host unless a basemap is switched on in src/site-config.ts.
import type { ExpressionSpecification, GeoJSONSource, Map as MaplibreMap, Marker, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// As a URL, not an import: Astro would otherwise link this 70 KB stylesheet from the page at first paint.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import { colourFor, legend, NO_CONTENT_COLOUR } from '../../lib/map/palette.ts';
import { withBase } from '../../lib/site/paths.ts';
import {
  countsFor,
  departementFeatures,
  departementLabel,
  pointsFor,
  readFilter,
  writeFilter,
  type FicheProperties,
  type MapFilter,
  type MapPayload,
} from '../../lib/map/map-features.ts';

export interface Basemap {
  tiles: string[];
  attribution: string;
  maxzoom: number;
}

/** Metropolitan France and Corsica, the first view when the URL has none. */
const METROPOLE: [[number, number], [number, number]] = [[-5.2, 41.3], [9.6, 51.1]];
const frNumber = new Intl.NumberFormat('fr-FR');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The summary is the record page's meta description: fetched on demand, it stays out of donnees.json. */
async function summaryOf(href: string): Promise<string> {
  try {
    const html = await (await fetch(href)).text();
    // Only the meta tag is parsed: parsing the whole page would meet its inline styles, which this
    // page's Content-Security-Policy (other hashes) reports as violations.
    const tag = /<meta name="description" content="[^"]*"[^>]*>/.exec(html)?.[0] ?? '';
    return new DOMParser().parseFromString(tag, 'text/html').querySelector('meta')?.getAttribute('content') ?? '';
  } catch {
    return '';
  }
}

function boundsOf(geometry: Polygon | MultiPolygon): [[number, number], [number, number]] {
  let [w, s, e, n] = [180, 90, -180, -90];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    }
  }
  return [[w, s], [e, n]];
}

export async function startInteractiveMap(root: HTMLElement): Promise<void> {
  const container = root.querySelector<HTMLElement>('[data-carte-canvas]');
  const form = root.querySelector<HTMLFormElement>('[data-carte-filtres]');
  const status = root.querySelector<HTMLElement>('[data-carte-etat]');
  const legendBox = root.querySelector<HTMLElement>('[data-carte-legende]');
  if (!container || !form || !status || !legendBox) return;
  status.textContent = 'Chargement de la carte interactive…';

  const [maplibre, payload] = await Promise.all([
    import('maplibre-gl').then((m) => (m as unknown as { default?: typeof m }).default ?? m),
    fetch(root.dataset.donnees ?? withBase('/carte/donnees.json')).then((r) => r.json() as Promise<MapPayload>),
    new Promise((resolve, reject) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: cssUrl, onload: resolve, onerror: reject });
      document.head.append(link);
    }),
  ]);
  // The worker is bundled as a file of this site: same origin, so no blob: or other host needed.
  maplibre.setWorkerUrl(workerUrl);

  const basemap = root.dataset.fond ? (JSON.parse(root.dataset.fond) as Basemap) : undefined;
  const outlines = departementFeatures(payload);
  let filter: MapFilter = readFilter(location.search, payload);
  for (const [name, value] of Object.entries(filter)) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement) select.value = value;
  }

  const style: StyleSpecification = {
    version: 8,
    sources: {
      ...(basemap ? { fond: { type: 'raster' as const, tiles: basemap.tiles, tileSize: 256, maxzoom: basemap.maxzoom, attribution: basemap.attribution } } : {}),
      departements: { type: 'geojson', data: outlines, attribution: 'Contours : Natural Earth (domaine public)' },
      fiches: { type: 'geojson', data: pointsFor(payload, filter), cluster: true, clusterRadius: 44, clusterMaxZoom: 11 },
    },
    layers: [
      { id: 'fond-uni', type: 'background', paint: { 'background-color': '#dfe9f2' } },
      ...(basemap ? [{ id: 'fond', type: 'raster' as const, source: 'fond' }] : []),
      { id: 'departements', type: 'fill', source: 'departements', paint: { 'fill-color': NO_CONTENT_COLOUR, 'fill-opacity': basemap ? 0.55 : 1 } },
      { id: 'limites', type: 'line', source: 'departements', paint: { 'line-color': '#ffffff', 'line-width': 0.8 } },
      // Invisible: clusters and points are drawn as HTML buttons (focusable, and no glyphs to fetch),
      // but maplibre only computes a source's clusters when a layer uses it.
      { id: 'fiches', type: 'circle', source: 'fiches', paint: { 'circle-radius': 1, 'circle-opacity': 0 } },
    ],
  };

  // The canvas needs its box before maplibre measures it: the static map gives way now.
  container.hidden = false;
  root.querySelector<HTMLElement>('[data-carte-statique]')?.setAttribute('hidden', '');
  const hasView = /^#[\d.]+\/-?[\d.]+\/-?[\d.]+/.test(location.hash);
  const map: MaplibreMap = new maplibre.Map({
    container,
    style,
    // `#zoom/lat/lon` in the URL: a view can be shared, and reloading keeps it.
    hash: true,
    ...(hasView ? {} : { bounds: METROPOLE }),
    attributionControl: { compact: false },
    maxZoom: 14,
    cooperativeGestures: false,
  });
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');

  const popup = new maplibre.Popup({ closeButton: true, maxWidth: '20rem', focusAfterOpen: true });
  function openPopup(props: FicheProperties, lngLat: [number, number]): void {
    const summary = el('p', { className: 'carte-popup__resume' }, '…');
    const content = el(
      'div',
      { className: 'carte-popup' },
      el('p', { className: 'carte-popup__type' }, payload.types.find((t) => t.id === props.type)?.un ?? ''),
      el('p', { className: 'carte-popup__titre' }, props.titre),
      summary,
      el('a', { href: props.href }, 'Lire la fiche'),
    );
    popup.setLngLat(lngLat).setDOMContent(content).addTo(map);
    void summaryOf(props.href).then((text) => (summary.textContent = text));
  }

  // HTML markers for what the clustered source shows in the current view, keyed so that a marker
  // that stays in view keeps its DOM node (and the keyboard focus).
  let markers = new Map<string, Marker>();
  function updateMarkers(): void {
    const next = new Map<string, Marker>();
    for (const f of map.querySourceFeatures('fiches')) {
      const props = f.properties as Record<string, unknown>;
      const [lon = 0, lat = 0] = (f.geometry as Point).coordinates;
      const key = props.cluster ? `c${String(props.cluster_id)}` : `f${String(props.index)}`;
      if (next.has(key)) continue;
      let marker = markers.get(key);
      if (!marker) {
        const button = el('button', { type: 'button' });
        if (props.cluster) {
          const count = Number(props.point_count);
          button.className = 'carte-marqueur carte-marqueur--groupe';
          button.textContent = frNumber.format(count);
          button.setAttribute('aria-label', `${frNumber.format(count)} lieux regroupés : zoomer`);
          button.addEventListener('click', (e) => {
            // The map would take the click for its own and close the popup or open another.
            e.stopPropagation();
            void (map.getSource('fiches') as GeoJSONSource).getClusterExpansionZoom(Number(props.cluster_id)).then((zoom) => map.easeTo({ center: [lon, lat], zoom }));
          });
        } else {
          const fiche = { index: Number(props.index), type: String(props.type), titre: String(props.titre), href: String(props.href) };
          button.className = 'carte-marqueur';
          button.setAttribute('aria-label', `${fiche.titre} (${payload.types.find((t) => t.id === fiche.type)?.un ?? ''})`);
          button.addEventListener('click', (e) => {
            e.stopPropagation();
            openPopup(fiche, [lon, lat]);
          });
        }
        marker = new maplibre.Marker({ element: button }).setLngLat([lon, lat]).addTo(map);
      }
      next.set(key, marker);
    }
    for (const [key, marker] of markers) if (!next.has(key)) marker.remove();
    markers = next;
  }

  function shade(): void {
    const counts = countsFor(payload, filter);
    const totals = new Map([...counts].map(([code, row]) => [code, row.reduce((a, b) => a + b, 0)]));
    const steps = legend(Math.max(0, ...totals.values()));
    const pairs = [...totals].flatMap(([code, total]) => [code, colourFor(total, steps)]);
    const match = ['match', ['get', 'code'], ...pairs, NO_CONTENT_COLOUR] as unknown as ExpressionSpecification;
    map.setPaintProperty('departements', 'fill-color', totals.size ? match : NO_CONTENT_COLOUR);
    legendBox!.replaceChildren(
      ...steps.map((s) => {
        const swatch = el('span', { className: 'carte-legende__case' });
        swatch.style.background = s.colour;
        return el('li', {}, swatch, s.label);
      }),
    );
    const points = pointsFor(payload, filter).features.length;
    status!.textContent =
      `Carte interactive : ${frNumber.format(totals.size)} département${totals.size > 1 ? 's' : ''} avec des ressources, ` +
      `${frNumber.format(points)} lieu${points > 1 ? 'x' : ''} sur la carte.`;
  }

  function applyFilter(): void {
    const data = new FormData(form!);
    filter = readFilter(writeFilter('', { type: String(data.get('type') ?? ''), theme: String(data.get('theme') ?? '') }), payload);
    history.replaceState(history.state, '', `${location.pathname}${writeFilter(location.search, filter)}${location.hash}`);
    (map.getSource('fiches') as GeoJSONSource).setData(pointsFor(payload, filter));
    for (const marker of markers.values()) marker.remove();
    markers = new Map();
    shade();
  }

  form.addEventListener('change', applyFilter);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    applyFilter();
  });

  // Jump to an overseas département (or back to the mainland): they are far apart on one map.
  const jump = form.elements.namedItem('vue');
  if (jump instanceof HTMLSelectElement) {
    jump.addEventListener('change', () => {
      const f = outlines.features.find((x) => x.properties.code === jump.value);
      map.fitBounds(f ? boundsOf(f.geometry) : METROPOLE, { padding: 20, duration: 0 });
    });
  }

  // A click on a département (not on a marker) names it and links to its hub.
  map.on('click', 'departements', (e) => {
    const f = e.features?.[0];
    if (!f) return;
    const code = String(f.properties.code);
    const row = countsFor(payload, filter).get(code);
    if (!row) return;
    const content = el('div', { className: 'carte-popup' }, el('p', { className: 'carte-popup__titre' }, departementLabel(String(f.properties.nom), payload.types, row)), el('a', { href: withBase(`/territoires/${code}/`) }, 'Voir les ressources du département'));
    popup.setLngLat(e.lngLat).setDOMContent(content).addTo(map);
  });

  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  shade();
  map.on('render', () => {
    if (map.isSourceLoaded('fiches')) updateMarkers();
  });
  // After a filter, the new points may arrive when nothing else asks for a repaint.
  map.on('sourcedata', (e) => {
    if (e.sourceId === 'fiches' && map.isSourceLoaded('fiches')) updateMarkers();
  });
  updateMarkers();
  form.hidden = false;
  root.dataset.etat = 'interactive';
  // The button that had the focus is gone: the first filter takes it, so keyboard users go on from there.
  if (document.activeElement === document.body || document.activeElement?.closest('[hidden]')) form.querySelector('select')?.focus();
  root.querySelector<HTMLElement>('[data-carte-afficher]')?.closest('p')?.setAttribute('hidden', '');
}
