import { describe, expect, test } from 'vitest';
import { resultView } from './result-view.ts';

describe('resultView', () => {
  test('gives an event its day with « 1er », and the excerpt’s highlighted words', () => {
    const v = resultView({
      url: '/evenements/x/',
      excerpt: 'Échelle\u00a0: <mark>Départementale</mark> · Statut',
      meta: { type: 'Événement', date: '2025-07-01', title: 'Journée d’ isolement', resume: 'Résumé' },
    });
    expect(v.day).toBe('1er juillet 2025');
    expect(v.title).toBe('Journée d’isolement');
    expect(v.excerpt).toEqual([
      { text: 'Échelle\u00a0: ', mark: false },
      { text: 'Départementale', mark: true },
      { text: ' · Statut', mark: false },
    ]);
  });
  test('shows no excerpt when nothing is highlighted, and no day but for events', () => {
    const v = resultView({ url: '/acteurs/x/', excerpt: 'Texte', meta: { type: 'Acteur', date: '2025-07-01' } });
    expect(v.excerpt).toBeUndefined();
    expect(v.day).toBeUndefined();
    expect(v.title).toBe('/acteurs/x/');
  });
});
