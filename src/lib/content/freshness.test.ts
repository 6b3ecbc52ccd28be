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
  });
});

describe('isStale', () => {
  test('is true from 18 months after the last check, with a fixed clock', () => {
    expect(isStale({ publie_le: day('2024-12-15') }, NOW)).toBe(true);
    expect(isStale({ publie_le: day('2024-12-16') }, NOW)).toBe(false);
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
