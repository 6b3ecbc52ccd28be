// The interactive map of /carte/, loaded on demand (see InteractiveMap.astro): maplibre-gl with a
// local style made only of GeoJSON sources from /carte/donnees.json, so that nothing is requested
// from another host unless a basemap is switched on in src/site-config.ts. This file wires events;
// the logic is in lib/map/interactive-view.ts (tested) and the DOM pieces in map-dom.ts.
import { MAPLIBRE_FR } from '../../lib/map/maplibre-locale.ts';
import type { GeoJSONSource, Map as MaplibreMap, Marker } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// As a URL, not an import: Astro would otherwise link this 70 KB stylesheet from the page at first paint.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import {
  boundsOf,
  descriptionTag,
  mapStyle,
  markerItem,
  METROPOLE,
  reconcileMarkers,
  shading,
  statusText,
  type Basemap,
  type MarkerItem,
} from '../../lib/map/interactive-view.ts';
import {
  countsFor,
  departementFeatures,
  departementLabel,
  pointsFor,
  readFilter,
  writeFilter,
  type MapFilter,
  type MapPayload,
} from '../../lib/map/map-features.ts';
import { departementPopup, fichePopup, legendItems, markerButton } from './map-dom.ts';
import { withBase } from '../../lib/site/paths.ts';

/** The summary is the record page's meta description: fetched on demand, it stays out of donnees.json. */
async function summaryOf(href: string): Promise<string> {
  try {
    const html = await (await fetch(href)).text();
    return new DOMParser().parseFromString(descriptionTag(html), 'text/html').querySelector('meta')?.getAttribute('content') ?? '';
  } catch {
    return '';
  }
}

export async function startInteractiveMap(root: HTMLElement): Promise<void> {
  const container = root.querySelector<HTMLElement>('[data-carte-canvas]');
  const form = root.querySelector<HTMLFormElement>('[data-carte-filtres]');
  const status = root.querySelector<HTMLElement>('[data-carte-etat]');
  const legendBox = root.querySelector<HTMLElement>('[data-carte-legende]');
  if (!container || !form || !status || !legendBox) return;
  status.textContent = 'Chargement de la carte interactive…';

  const [maplibre, payload] = await Promise.all([
    import('maplibre-gl'),
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
  for (const name of ['type', 'theme'] as const) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement) select.value = filter[name];
  }
  const typeName = (type: string) => payload.types.find((t) => t.id === type)?.un ?? '';

  // The canvas needs its box before maplibre measures it: the static map gives way now.
  container.hidden = false;
  root.querySelector<HTMLElement>('[data-carte-statique]')?.setAttribute('hidden', '');
  const hasView = /^#[\d.]+\/-?[\d.]+\/-?[\d.]+/.test(location.hash);
  const map: MaplibreMap = new maplibre.Map({
    container,
    style: mapStyle(outlines, pointsFor(payload, filter), basemap),
    // `#zoom/lat/lon` in the URL: a view can be shared, and reloading keeps it.
    hash: true,
    ...(hasView ? {} : { bounds: METROPOLE }),
    attributionControl: { compact: false },
    locale: MAPLIBRE_FR,
    maxZoom: 14,
    cooperativeGestures: false,
  });
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  const fiches = () => map.getSource<GeoJSONSource>('fiches');

  const popup = new maplibre.Popup({ closeButton: true, maxWidth: '20rem', focusAfterOpen: true });
  const onMarker = (item: MarkerItem) => () => {
    if (item.kind === 'groupe') {
      void fiches()
        ?.getClusterExpansionZoom(item.id)
        .then((zoom) => map.easeTo({ center: item.lngLat, zoom }));
    } else {
      popup
        .setLngLat(item.lngLat)
        .setDOMContent(fichePopup(item.fiche, typeName(item.fiche.type), summaryOf(item.fiche.href)))
        .addTo(map);
    }
  };

  // HTML markers for what the clustered source shows in the current view.
  let markers = new Map<string, Marker>();
  function updateMarkers(): void {
    const items = map.querySourceFeatures('fiches').flatMap((f) => markerItem(f) ?? []);
    markers = reconcileMarkers(
      markers,
      items,
      (item) => new maplibre.Marker({ element: markerButton(item, typeName, onMarker(item)) }).setLngLat(item.lngLat).addTo(map),
      (marker) => marker.remove(),
    );
  }

  function shade(): void {
    const s = shading(countsFor(payload, filter));
    map.setPaintProperty('departements', 'fill-color', s.fill);
    legendBox?.replaceChildren(...legendItems(s.steps));
    if (status) status.textContent = statusText(s.departements, pointsFor(payload, filter).features.length);
  }

  function applyFilter(): void {
    if (!form) return;
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    filter = readFilter(writeFilter('', { type: field('type'), theme: field('theme') }), payload);
    history.replaceState(history.state, '', `${location.pathname}${writeFilter(location.search, filter)}${location.hash}`);
    void fiches()?.setData(pointsFor(payload, filter));
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
    popup
      .setLngLat(e.lngLat)
      .setDOMContent(departementPopup(departementLabel(String(f.properties.nom), payload.types, row), withBase(`/territoires/${code}/`)))
      .addTo(map);
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
