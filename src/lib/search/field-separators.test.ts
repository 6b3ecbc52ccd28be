import { describe, expect, test } from 'vitest';
import { separateFields } from './field-separators.ts';

describe('separateFields', () => {
  test('puts « : » after each term and « · » after each value of a description list', () => {
    expect(separateFields('<dl><dt>Échelle</dt><dd>Départementale</dd><dt>Statut</dt><dd>Lancée</dd></dl>')).toBe(
      '<dl><dt>Échelle</dt>\u00a0: <dd>Départementale</dd> · <dt>Statut</dt>\u00a0: <dd>Lancée</dd> · </dl>',
    );
  });
  test('leaves other markup alone', () => {
    expect(separateFields('<p>Échelle : 3 &lt;/dd&gt;</p>')).toBe('<p>Échelle : 3 &lt;/dd&gt;</p>');
  });
});
