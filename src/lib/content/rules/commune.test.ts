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
});
