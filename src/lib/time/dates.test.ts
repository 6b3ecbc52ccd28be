import { describe, expect, test } from 'vitest';
import {
  buildNow,
  withPremier,
  formatDay,
  formatEventRange,
  formatMonth,
  formatNumber,
  formatTime,
  isUpcoming,
  parisDay,
  parisToday,
} from './dates.ts';

const at = (iso: string) => ({ date: new Date(iso), journee: false });
const day = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), journee: true });

describe('formatEventRange', () => {
  test('writes a one-day event with its times the French way', () => {
    expect(formatEventRange(at('2015-03-05T09:30:00+01:00'), at('2015-03-05T17:00:00+01:00'))).toBe('jeudi 5 mars 2015, 9 h 30 – 17 h');
  });

  test('reads summer times in Paris time', () => {
    expect(formatEventRange(at('2027-07-01T07:00:00Z'), at('2027-07-01T10:15:00Z'))).toBe('jeudi 1er juillet 2027, 9 h – 12 h 15');
  });

  test('writes all-day and multi-day events without times', () => {
    expect(formatEventRange(day('2016-11-24'), day('2016-11-25'))).toBe('du jeudi 24 novembre 2016 au vendredi 25 novembre 2016');
    expect(formatEventRange(day('2016-11-24'), day('2016-11-24'))).toBe('jeudi 24 novembre 2016');
  });

  test('writes an event over two days with its times', () => {
    expect(formatEventRange(at('2027-03-27T14:00:00+01:00'), at('2027-03-28T12:00:00+02:00'))).toBe(
      'du samedi 27 mars 2027, 14 h au dimanche 28 mars 2027, 12 h',
    );
  });
});

describe('isUpcoming', () => {
  const now = new Date('2016-11-25T15:00:00+01:00');
  test('keeps an event upcoming until it ends', () => {
    expect(isUpcoming(at('2016-11-25T15:30:00+01:00'), now)).toBe(true);
    expect(isUpcoming(at('2016-11-25T14:30:00+01:00'), now)).toBe(false);
  });

  test('keeps an all-day event upcoming until the end of its last day in Paris', () => {
    expect(isUpcoming(day('2016-11-25'), now)).toBe(true);
    expect(isUpcoming(day('2016-11-25'), new Date('2016-11-25T23:30:00Z'))).toBe(false);
    expect(isUpcoming(day('2016-11-24'), now)).toBe(false);
  });
});

describe('withPremier', () => {
  test('writes the first day of a month « 1er » everywhere a date is formatted', () => {
    expect(formatDay(new Date('2025-07-01T00:00:00Z'))).toBe('1er juillet 2025');
    expect(formatMonth('2016-08-01')).toBe('1er août 2016');
    expect(
      formatEventRange(
        { date: new Date('2025-06-30T00:00:00Z'), journee: true },
        { date: new Date('2025-07-01T00:00:00Z'), journee: true },
      ),
    ).toBe('du lundi 30 juin 2025 au mardi 1er juillet 2025');
  });
  test('leaves 11, 21 and 31 alone', () => {
    expect(withPremier('11 mars, 21 mars, 31 mars, 1 mars')).toBe('11 mars, 21 mars, 31 mars, 1er mars');
  });
});

describe('French formats', () => {
  test('days, months, times and numbers', () => {
    expect(formatDay(new Date('2026-11-23T00:00:00Z'))).toBe('23 novembre 2026');
    expect(formatMonth('2016-10')).toBe('octobre 2016');
    expect(formatMonth('2016-11-25')).toBe('25 novembre 2016');
    expect(formatTime(new Date('2015-03-05T08:30:00Z'))).toBe('9 h 30');
    expect(formatNumber(12345)).toBe('12\u202f345');
    expect(parisDay(at('2016-11-24T23:30:00Z'))).toBe('2016-11-25');
  });

  test('today is the day on a Paris clock, not in UTC (a record written at 0 h 30 in Paris)', () => {
    expect(parisToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(parisToday(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14');
    expect(parisToday(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });

  test('the build clock can be fixed', () => {
    expect(buildNow({ BUILD_NOW: '2015-01-01T00:00:00Z' }).toISOString()).toBe('2015-01-01T00:00:00.000Z');
  });
});
