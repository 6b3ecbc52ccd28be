import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { departementPopup, fichePopup, legendItems, markerButton } from './map-dom.ts';

beforeAll(() => {
  // map-dom builds nodes with the global document, as in the browser.
  globalThis.document = parseHTML('<!doctype html><html><body></body></html>').document;
});

describe('markerButton', () => {
  test('names a group by its count and a record by its title and type, and runs its action on click', () => {
    let clicks = 0;
    const group = markerButton(
      { kind: 'groupe', key: 'c1', id: 1, count: 1200, lngLat: [0, 0] },
      () => '',
      () => clicks++,
    );
    expect(group.getAttribute('aria-label')).toBe('1\u202f200 lieux regroupés : zoomer');
    expect(group.getAttribute('type')).toBe('button');
    const fiche = { index: 0, type: 'pratiques', titre: 'Groupes thématiques', href: '/pratiques/x/' };
    const one = markerButton(
      { kind: 'fiche', key: 'f0', fiche, lngLat: [0, 0] },
      (t) => (t === 'pratiques' ? 'pratique' : '?'),
      () => clicks++,
    );
    expect(one.getAttribute('aria-label')).toBe('Groupes thématiques (pratique)');
    one.click();
    expect(clicks).toBe(1);
  });
});

describe('popups and legend', () => {
  test('a record popup links to the record and shows its summary when it arrives', async () => {
    const popup = fichePopup(
      { index: 0, type: 'acteurs', titre: 'Cap Rural', href: '/acteurs/cap-rural/' },
      'acteur',
      Promise.resolve('Un centre de ressources.'),
    );
    expect(popup.querySelector('a')?.getAttribute('href')).toBe('/acteurs/cap-rural/');
    await Promise.resolve();
    await Promise.resolve();
    expect(popup.querySelector('.carte-popup__resume')?.textContent).toBe('Un centre de ressources.');
    expect(departementPopup('Loire : 1 événement', '/territoires/42/').textContent).toContain('Voir les ressources du département');
    expect(legendItems([{ min: 0, max: 0, colour: '#eeeeee', label: 'Aucun contenu' }]).map((li) => li.textContent)).toEqual([
      'Aucun contenu',
    ]);
  });
});
