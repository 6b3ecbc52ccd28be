import { describe, expect, test } from 'vitest';
import { placeholderProblems } from './placeholder.ts';

describe('placeholderProblems', () => {
  test('points at every line where the template’s « À REMPLIR » remains', () => {
    expect(placeholderProblems('---\ntitre: À REMPLIR\n---\n\nTexte.\r\nÀ REMPLIR\n', 'f.md').map((p) => p.line)).toEqual([2, 6]);
    expect(placeholderProblems('---\ntitre: Rempli\n---\n', 'f.md')).toEqual([]);
  });
});
