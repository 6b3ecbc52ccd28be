import { describe, expect, test } from 'vitest';
import { edit, VALID } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

describe('plainSummary', () => {
  test('refuses what Markdown would not show as typed, and accepts plain sentences with symbols', () => {
    for (const resume of ['Une association &amp; un centre social qui servent seulement aux tests du site.', '"1. Une association imaginaire qui sert seulement aux tests automatiques."', '"> Une association imaginaire qui sert seulement aux tests automatiques du site."', 'Une association \\*imaginaire\\* qui sert seulement aux tests automatiques du site.']) {
      expect(check(edit('acteurs/asso-test.md', /resume: .*/.exec(VALID['acteurs/asso-test.md']!)![0], `resume: ${resume}`))[0], resume).toMatch(/resume — (le résumé est du texte simple|texte simple attendu)/);
    }
    expect(check(edit('acteurs/asso-test.md', /resume: .*/.exec(VALID['acteurs/asso-test.md']!)![0], 'resume: "C’est 100 % « réel » ; 3 * 4 = 12, voir https://exemple.fr 🌻 — oui ?"'))).toEqual([]);
  });
});
