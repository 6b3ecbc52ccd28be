import { describe, expect, test } from 'vitest';
import { communeList, communes } from '../territories/communes.ts';
import { communeIndexFromLines, communeLines } from './commune-lines.ts';

describe('communeLines', () => {
  test('gives back the same lookups as the official list the validator reads', () => {
    const list = communeList();
    const index = communeIndexFromLines(communeLines(list));
    expect(list.length).toBeGreaterThan(30000);
    for (const code of ['22278', '75056', '2A004', '97411', '01001']) expect(index.byCode(code), code).toEqual(communes.byCode(code));
    for (const cp of ['22000', '42410', '29200']) expect(index.byPostalCode(cp), cp).toEqual(communes.byPostalCode(cp));
    for (const nom of ['Saint-Brieuc', 'Pélussin', 'Sainte-Marie']) expect(index.byName(nom), nom).toEqual(communes.byName(nom));
  });
});
