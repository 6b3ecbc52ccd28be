import { describe, expect, test } from 'vitest';
import { csvField, toCsv } from './csv.ts';
import type { Column } from './table-schema.ts';

describe('csvField', () => {
  test('quotes commas, quotes, line breaks and edge spaces, doubling quotes (RFC 4180)', () => {
    expect(csvField('simple')).toBe('simple');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvField(' espace')).toBe('" espace"');
  });

  test.each(['=1+1', '+33 1 23', '@SUM(A1)', '\tcmd', '\rcmd', '-cmd', '- puce'])(
    'neutralises %j as OWASP recommends: a leading quote, inside quotes',
    (text) => {
      expect(csvField(text)).toBe(`"'${text}"`);
    },
  );

  test('leaves negative numbers and ordinary text alone', () => {
    expect(csvField('-2.76')).toBe('-2.76');
    expect(csvField('-1')).toBe('-1');
    expect(csvField('Association = entraide')).toBe('Association = entraide');
  });
});

describe('toCsv', () => {
  test('writes a header, CRLF line ends and no byte order mark', () => {
    const columns: Column[] = [
      { field: { name: 'id', type: 'string' }, cell: (r) => String(r.id) },
      { field: { name: 'titre', type: 'string' }, cell: (r) => String(r.titre) },
    ];
    expect(toCsv(columns, [{ id: 'a', url: 'u', titre: '=2+2' }])).toBe(`id,titre\r\na,"'=2+2"\r\n`);
  });
});
