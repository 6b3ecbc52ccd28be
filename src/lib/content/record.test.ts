import { describe, expect, test } from 'vitest';
import { VALID } from '../../../tests/helpers/content.ts';
import { formatProblem } from './problem.ts';
import { validateRecordText } from './record.ts';

const THEMES = ['isolement-social', 'gouvernance'];

describe('validateRecordText', () => {
  test('accepts a valid record', () => {
    expect(validateRecordText('cooperations', 'coop-test.md', VALID['cooperations/coop-test.md']!, THEMES)).toEqual([]);
  });

  test('reports problems with the collection/file name, line and field, without needing the content folder', () => {
    const text = VALID['cooperations/coop-test.md']!.replace('contact@exemple.fr', 'Jean.Dupont@Hotmail.FR').replace('themes: [isolement-social, gouvernance]', 'themes: [cuisine]');
    expect(validateRecordText('cooperations', 'coop-test.md', text, THEMES).map(formatProblem)).toEqual([
      'cooperations/coop-test.md:6: themes[0] — « cuisine » n\'est pas un thème connu (thèmes possibles : isolement-social, gouvernance)',
    ]);
    const personal = VALID['cooperations/coop-test.md']!.replace('contact@exemple.fr', 'Jean.Dupont@Hotmail.FR');
    expect(validateRecordText('cooperations', 'coop-test.md', personal, THEMES).map(formatProblem)[0]).toContain(
      'cooperations/coop-test.md:14: contact.email — « Jean.Dupont@Hotmail.FR » est une adresse personnelle',
    );
  });

  test('never throws, whatever the text', () => {
    for (const text of ['', '---', '---\n---\n', '\u0000\u0001', '---\n: :\n---\n', '---\n[\n---\n', '---\n- a\n---\n', '---\n"\n---\n']) {
      expect(() => validateRecordText('acteurs', 'x.md', text, THEMES)).not.toThrow();
      expect(validateRecordText('acteurs', 'x.md', text, THEMES).length).toBeGreaterThan(0);
    }
  });

  test('refuses a file name that is not an id', () => {
    expect(validateRecordText('acteurs', 'Mon Asso.md', VALID['acteurs/asso-test.md']!, THEMES)[0]?.message).toContain('par exemple « mon-asso.md »');
  });
});
