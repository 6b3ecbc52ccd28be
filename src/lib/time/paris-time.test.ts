import { describe, expect, test } from 'vitest';
import { isoDate, isoParis, parisOffsetMinutes, parisWallClock } from './paris-time.ts';

describe('isoParis', () => {
  test('writes winter times with +01:00 and summer times with +02:00', () => {
    expect(isoParis(new Date('2015-03-05T08:30:00Z'))).toBe('2015-03-05T09:30:00+01:00');
    expect(isoParis(new Date('2025-06-30T07:00:00Z'))).toBe('2025-06-30T09:00:00+02:00');
  });

  test('switches offset at the DST change (last Sunday of March, 01:00 UTC)', () => {
    expect(parisOffsetMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(60);
    expect(parisOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
    expect(parisWallClock(new Date('2026-03-29T01:00:00Z')).hour).toBe(3);
  });
});

describe('isoDate', () => {
  test('keeps the calendar day of a UTC midnight', () => {
    expect(isoDate(new Date('2016-11-24T00:00:00Z'))).toBe('2016-11-24');
  });
});
