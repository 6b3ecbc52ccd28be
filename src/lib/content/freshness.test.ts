import { describe, expect, test } from 'vitest';
import { isStale, lastCheck, staleFrom, staleRecords } from './freshness.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const NOW = new Date('2026-06-15T10:00:00+02:00');

describe('lastCheck', () => {
  test('prefers the check date, then the update, then the publication', () => {
    expect(lastCheck({ publie_le: day('2020-01-01'), mis_a_jour_le: day('2021-01-01'), verifie_le: day('2022-01-01') })).toEqual({ date: day('2022-01-01'), field: 'verifie_le' });
    expect(lastCheck({ publie_le: day('2020-01-01'), mis_a_jour_le: day('2021-01-01') }).field).toBe('mis_a_jour_le');
    expect(lastCheck({ publie_le: day('2020-01-01') }).field).toBe('publie_le');
  });
});

describe('staleFrom', () => {
  test('adds 18 months, keeping the last day of a shorter month', () => {
    expect(staleFrom(day('2024-12-15'))).toEqual(day('2026-06-15'));
    expect(staleFrom(day('2023-08-31'))).toEqual(day('2025-02-28'));
    expect(staleFrom(day('2022-08-31'))).toEqual(day('2024-02-29'));
    expect(staleFrom(day('2024-07-31'))).toEqual(day('2026-01-31'));
    // The time of day is kept: the check is stale from that very moment.
    expect(staleFrom(new Date('2024-12-15T10:30:00Z'))).toEqual(new Date('2026-06-15T10:30:00Z'));
  });
});

describe('isStale', () => {
  test('is true from 18 months after the last check, with a fixed clock', () => {
    expect(isStale({ publie_le: day('2024-12-15') }, NOW)).toBe(true);
    expect(isStale({ publie_le: day('2024-12-16') }, NOW)).toBe(false);
    expect(isStale({ publie_le: day('2024-12-16') }, day('2026-06-16'))).toBe(true);
    expect(isStale({ publie_le: day('2024-12-16') }, new Date(day('2026-06-16').getTime() - 1))).toBe(false);
    // A recent check makes an old record fresh again.
    expect(isStale({ publie_le: day('2016-01-01'), verifie_le: day('2026-01-01') }, NOW)).toBe(false);
  });
});

describe('staleRecords', () => {
  test('lists only stale records, the oldest check first, with file, title and date', () => {
    const records = [
      { file: 'content/acteurs/b.md', data: { titre: 'B', publie_le: day('2023-05-01') } },
      { file: 'content/acteurs/a.md', data: { titre: 'A', publie_le: day('2020-01-01'), mis_a_jour_le: day('2022-02-02') } },
      { file: 'content/acteurs/c.md', data: { titre: 'C', publie_le: day('2020-01-01'), verifie_le: day('2026-03-01') } },
    ];
    expect(staleRecords(records, NOW)).toEqual([
      { file: 'content/acteurs/a.md', titre: 'A', date: day('2022-02-02'), field: 'mis_a_jour_le' },
      { file: 'content/acteurs/b.md', titre: 'B', date: day('2023-05-01'), field: 'publie_le' },
    ]);
  });
});

describe('staleRecords, on what the validator hands over', () => {
  test('ties on the same date go by file; a date field that is not a date is not a check', () => {
    const records = [
      { file: 'content/pratiques/z.md', data: { titre: 'Z', publie_le: day('2020-01-01') } },
      { file: 'content/acteurs/y.md', data: { titre: 'Y', publie_le: day('2020-01-01'), verifie_le: '2026-01-01' } },
    ];
    expect(staleRecords(records, NOW).map((r) => `${r.file} ${r.titre} ${r.field}`)).toEqual(['content/acteurs/y.md Y publie_le', 'content/pratiques/z.md Z publie_le']);
  });

  test('refuses a record the validator did not pass, rather than calling it fresh', () => {
    expect(() => staleRecords([{ file: 'content/acteurs/x.md', data: { titre: 'X', publie_le: '2020-01-01' } }], NOW)).toThrow('publie_le manquant : la fiche n’a pas été validée');
  });
});
