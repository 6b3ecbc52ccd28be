import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { lineOf, type Located } from './positions.ts';

/** A header as the validator reads it: its YAML starts on the file's second line, after « --- ». */
const header = (yaml: string): Located => {
  const counter = new LineCounter();
  return { doc: parseDocument(yaml, { lineCounter: counter }), counter, firstLine: 2 };
};

const record = header(
  ['titre: Un atelier', 'themes:', '  - isolement-social', '  - gouvernance', 'departements: ["22", "29"]', 'lieu:', '  commune: Brest', '  code_insee: "29019"', 'chiffres:', '  2016: 33'].join('\n'),
);

describe('lineOf', () => {
  test('gives the line in the file of a field, of a field inside a field, and of a list item', () => {
    expect(lineOf(record, ['titre'])).toBe(2);
    expect(lineOf(record, ['lieu', 'code_insee'])).toBe(9);
    expect(lineOf(record, ['themes', 1])).toBe(5);
    expect(lineOf(record, ['chiffres', 2016])).toBe(11);
  });

  test('gives the line of the closest field written when the path goes further than the header', () => {
    expect(lineOf(record, ['lieu', 'coordonnees'])).toBe(7);
    expect(lineOf(record, ['themes', 5])).toBe(3);
    expect(lineOf(record, ['themes', 'gouvernance'])).toBe(3);
    expect(lineOf(record, ['titre', 0])).toBe(2);
    expect(lineOf(record, ['lieu', 'commune', 'nom'])).toBe(8);
    // A list written on one line: every item is on that line.
    expect(lineOf(record, ['departements', 1])).toBe(6);
  });

  test('falls back to the line given (else the first) when even the first field is missing', () => {
    expect(lineOf(record, ['resume'])).toBe(1);
    expect(lineOf(record, ['resume'], 14)).toBe(14);
    expect(lineOf(header(''), ['titre'], 3)).toBe(3);
  });
});
