// The interactive map's DOM pieces: popups, legend items and marker buttons, built from
// what interactive-view.ts computed. No maplibre here, so they can be built in any DOM.
import type { LegendStep } from '../../lib/map/palette.ts';
import type { FicheProperties } from '../../lib/map/map-features.ts';
import type { MarkerItem } from '../../lib/map/interactive-view.ts';

const frNumber = new Intl.NumberFormat('fr-FR');

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A record's popup: its type, title and link; the summary fills in when it arrives. */
export function fichePopup(fiche: FicheProperties, typeName: string, summary: Promise<string>): HTMLElement {
  const resume = el('p', { className: 'carte-popup__resume' }, '…');
  void summary.then((text) => (resume.textContent = text));
  return el(
    'div',
    { className: 'carte-popup' },
    el('p', { className: 'carte-popup__type' }, typeName),
    el('p', { className: 'carte-popup__titre' }, fiche.titre),
    resume,
    el('a', { href: fiche.href }, 'Lire la fiche'),
  );
}

/** A département's popup: its counts and a link to its hub. */
export function departementPopup(label: string, href: string): HTMLElement {
  return el(
    'div',
    { className: 'carte-popup' },
    el('p', { className: 'carte-popup__titre' }, label),
    el('a', { href }, 'Voir les ressources du département'),
  );
}

export function legendItems(steps: readonly LegendStep[]): HTMLLIElement[] {
  return steps.map((s) => {
    const swatch = el('span', { className: 'carte-legende__case' });
    swatch.style.background = s.colour;
    return el('li', {}, swatch, s.label);
  });
}

/** A focusable button for a group of points (zooms in) or a record (opens its popup). */
export function markerButton(item: MarkerItem, typeName: (type: string) => string, onClick: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button' });
  if (item.kind === 'groupe') {
    button.className = 'carte-marqueur carte-marqueur--groupe';
    button.textContent = frNumber.format(item.count);
    button.setAttribute('aria-label', `${frNumber.format(item.count)} lieux regroupés : zoomer`);
  } else {
    button.className = 'carte-marqueur';
    button.setAttribute('aria-label', `${item.fiche.titre} (${typeName(item.fiche.type)})`);
  }
  button.addEventListener('click', (e) => {
    // The map would take the click for its own and close the popup or open another.
    e.stopPropagation();
    onClick();
  });
  return button;
}
