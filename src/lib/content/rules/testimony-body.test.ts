import { describe, expect, test } from 'vitest';
import { edit, VALID } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

const audio = (body: string) =>
  check({
    'temoignages/temoignage-test.md': VALID['temoignages/temoignage-test.md']!.replace('format: ecrit', 'format: audio\nmedia:\n  url: https://www.exemple.fr/temoignage.mp3\n  duree: 12 min').replace('Ce que dit la personne.', body),
  });

describe('testimonyBody', () => {
  test('a written testimony needs its text, an audio one its transcript', () => {
    expect(check(edit('temoignages/temoignage-test.md', 'Ce que dit la personne.', ''))).toEqual(['temoignages/temoignage-test.md:14: le témoignage est vide : écrivez son texte sous l’en-tête']);
    expect(audio('  \n\n')).toEqual(['temoignages/temoignage-test.md:17: écrivez la transcription de l’enregistrement sous l’en-tête (obligatoire pour l’audio et la vidéo)']);
    expect(audio('La transcription de ce que dit la personne.')).toEqual([]);
  });

  test('a record whose text is not required may leave it empty', () => {
    expect(check(edit('pratiques/pratique-test.md', 'Comment faire.', ''))).toEqual([]);
  });
});
