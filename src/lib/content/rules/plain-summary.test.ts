import { describe, expect, test } from 'vitest';
import { edit, VALID } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check, PORTABLE_RULE_CONTEXT } from '../../../../tests/helpers/record.ts';
import { NODE_RULE_CONTEXT } from '../node-context.ts';
import { isPlainText } from './plain-summary.ts';

const RESUME = /resume: .*/.exec(VALID['acteurs/asso-test.md']!)![0];
const summary = (resume: string) => check(edit('acteurs/asso-test.md', RESUME, `resume: ${resume}`));
const REFUSED =
  'acteurs/asso-test.md:3: resume — le résumé est du texte simple, montré tel quel dans les listes et les moteurs de recherche : retirez la mise en forme (gras, liens, listes, titres, balises, codes comme &amp;)';

describe('plainSummary', () => {
  test('refuses what Markdown would not show as typed, and accepts plain sentences with symbols', () => {
    for (const resume of ['Une association &amp; un centre social qui servent seulement aux tests du site.', '"1. Une association imaginaire qui sert seulement aux tests automatiques."', '"> Une association imaginaire qui sert seulement aux tests automatiques du site."', 'Une association \\*imaginaire\\* qui sert seulement aux tests automatiques du site.']) {
      expect(summary(resume)[0], resume).toMatch(/resume — (le résumé est du texte simple|texte simple attendu)/);
    }
    expect(summary('"C’est 100 % « réel » ; 3 * 4 = 12, voir https://exemple.fr 🌻 — oui ?"')).toEqual([]);
  });

  test('points at the summary’s line for emphasis, a list item or a struck-through word', () => {
    expect(summary('Une association *imaginaire* qui sert seulement aux tests automatiques du site.')).toEqual([REFUSED]);
    expect(summary('"- Une association imaginaire qui sert seulement aux tests automatiques du site."')).toEqual([REFUSED]);
    expect(summary('Une association ~~réelle~~ imaginaire qui sert seulement aux tests automatiques du site.')).toEqual([REFUSED]);
  });
});

describe('isPlainText', () => {
  test('reads the same with the site’s Markdown parser and the relay’s', () => {
    const cases: Array<[string, boolean]> = [
      ['', true],
      ['  Du texte, avec des espaces autour.  ', true],
      ['Une ligne\n  puis une autre', true],
      ['voir https://exemple.fr/a_b_c', true],
      ['voir <https://exemple.fr>', false],
      ['voir [https://exemple.fr](https://exemple.fr)', false],
      ['un <br> saut', false],
      ['un paragraphe\n\npuis un autre', false],
      ['## Un titre', false],
      ['`du code`', false],
      ['> une citation', false],
      ['- un élément de liste', false],
      ['Un titre\n===', false],
      ['    du code en retrait', false],
      ['<div>un bloc</div>', false],
      ['---', false],
      ['| a | b |\n| - | - |\n| 1 | 2 |', false],
    ];
    for (const [text, plain] of cases) {
      expect(isPlainText(text, NODE_RULE_CONTEXT.markdown), text).toBe(plain);
      expect(isPlainText(text, PORTABLE_RULE_CONTEXT.markdown), text).toBe(plain);
    }
    expect(cases.length).toBe(17);
  });
});
