import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

describe('testimonyBody', () => {
  test('a written testimony needs its text, an audio one its transcript', () => {
    expect(check(edit('temoignages/temoignage-test.md', 'Ce que dit la personne.', ''))).toEqual(['temoignages/temoignage-test.md:14: le témoignage est vide : écrivez son texte sous l’en-tête']);
  });
});
