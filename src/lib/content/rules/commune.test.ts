import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

describe('communeConsistency', () => {
  test('recognises a postal code and names the INSEE code of the commune', () => {
    expect(check(edit('cooperations/coop-test.md', 'code_insee: "22278"', 'code_insee: "22000"'))[0]).toContain('« 22000 » est un code postal (Saint-Brieuc), pas le code INSEE de la commune : le code INSEE de Saint-Brieuc est "22278"');
  });

  test('compares names without accents, case or Saint/St differences', () => {
    for (const nom of ['saint-brieuc', 'SAINT BRIEUC', 'St-Brieuc', 'Saint-Brieuc']) {
      expect(check(edit('cooperations/coop-test.md', 'commune: Saint-Brieuc', `commune: ${nom}`)), nom).toEqual([]);
    }
    expect(check(edit('cooperations/coop-test.md', 'commune: Saint-Brieuc', 'commune: Plérin'))[0]).toContain('lieu.commune — le code INSEE "22278" est celui de Saint-Brieuc, pas de « Plérin »');
  });

  test('reads « œ » as « oe »: « Oeuilly » is Œuilly, code 02565', () => {
    const oeuilly = (nom: string) =>
      check(
        edit(
          'cooperations/coop-test.md',
          'departements: ["22"]\nporteurs: [asso-test]\nlieu:\n  commune: Saint-Brieuc\n  code_insee: "22278"\n  coordonnees: [-2.76, 48.51]',
          `departements: ["02"]\nporteurs: [asso-test]\nlieu:\n  commune: ${nom}\n  code_insee: "02565"\n  coordonnees: [3.69, 49.41]`,
        ),
      );
    for (const nom of ['Oeuilly', 'OEUILLY', 'Œuilly']) expect(oeuilly(nom), nom).toEqual([]);
    expect(oeuilly('Ouilly')[0]).toContain('le code INSEE "02565" est celui de Œuilly, pas de « Ouilly »');
  });
});
