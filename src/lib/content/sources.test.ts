import { describe, expect, test } from 'vitest';
import { SHARED_SOURCE, recordSource, sourceDigests, sourceName, type Sources } from './sources.ts';

const record = (slug: string, titre: string, body: string) => ({ collection: 'acteurs' as const, slug, raw: { titre }, body });
const result = (records: Sources['records'], themes: unknown[] = []): Sources => ({ records, themes, chiffres: [] });

describe('the sources of the pages', () => {
  test('name each record as the pages do, and digest its header and body as written', () => {
    expect(sourceName('acteurs', 'foyer-rural')).toBe('acteurs/foyer-rural');
    expect(recordSource(record('a', 'Alpha', 'Texte.'))).toBe('{"titre":"Alpha"}\nTexte.');
    const first = sourceDigests(result([record('a', 'Alpha', 'Texte.'), record('b', 'Bêta', 'Texte.')]));
    expect([...first.keys()].sort()).toEqual([SHARED_SOURCE, 'acteurs/a', 'acteurs/b']);

    const body = sourceDigests(result([record('a', 'Alpha', 'Autre texte.'), record('b', 'Bêta', 'Texte.')]));
    expect(body.get('acteurs/a')).not.toBe(first.get('acteurs/a'));
    expect(body.get('acteurs/b')).toBe(first.get('acteurs/b'));
    const header = sourceDigests(result([record('a', 'Alpha 2', 'Texte.'), record('b', 'Bêta', 'Texte.')]));
    expect(header.get('acteurs/a')).not.toBe(first.get('acteurs/a'));
    expect(header.get(SHARED_SOURCE)).toBe(first.get(SHARED_SOURCE));
  });

  test('digest the themes and figures apart, for every page', () => {
    const before = sourceDigests(result([record('a', 'Alpha', 'Texte.')]));
    const after = sourceDigests(result([record('a', 'Alpha', 'Texte.')], [{ id: 'lien-social', titre: 'Lien social' }]));
    expect(after.get(SHARED_SOURCE)).not.toBe(before.get(SHARED_SOURCE));
    expect(after.get('acteurs/a')).toBe(before.get('acteurs/a'));
  });
});
