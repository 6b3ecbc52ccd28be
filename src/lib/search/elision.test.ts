import { describe, expect, test } from 'vitest';
import { ELISION_BREAK, joinElisions, splitElisions, splitElisionsInHtml } from './elision.ts';

describe('splitElisions', () => {
  test('breaks elided words with either apostrophe, and nothing else', () => {
    expect(splitElisions("l’isolement d'un aîné, aujourd’hui")).toBe(
      `l’${ELISION_BREAK}isolement d’${ELISION_BREAK}un aîné, aujourd’${ELISION_BREAK}hui`,
    );
    expect(splitElisions('« citation » ’ seule, 3’2')).toBe('« citation » ’ seule, 3’2');
  });

  test('is undone by joinElisions, also once Pagefind turned the break into a plain space', () => {
    expect(joinElisions(splitElisions("l’isolement de l'équipe"))).toBe('l’isolement de l’équipe');
    expect(joinElisions('rompre l’ isolement d’ un voisin')).toBe('rompre l’isolement d’un voisin');
    expect(joinElisions('rompre l’ <mark>isolement</mark>')).toBe('rompre l’<mark>isolement</mark>');
  });
});

describe('splitElisionsInHtml', () => {
  test('changes text, never attributes', () => {
    expect(splitElisionsInHtml('<data value="Côtes-d’Armor"></data><h1 title="l’a">L’isolement</h1>')).toBe(
      `<data value="Côtes-d’Armor"></data><h1 title="l’a">L’${ELISION_BREAK}isolement</h1>`,
    );
  });
});
