import { describe, expect, test } from 'vitest';
import { frenchDate, frenchTime } from './french-date.ts';

describe('frenchDate', () => {
  test('reads the day first, as French spreadsheets write it', () => {
    expect(frenchDate('05/03/2015')).toBe('2015-03-05');
    expect(frenchDate('5.3.2015')).toBe('2015-03-05');
    expect(frenchDate('05/03/15')).toBe('2015-03-05');
  });
  test('reads months written in words, with or without accents and « 1er »', () => {
    expect(frenchDate('5 mars 2015')).toBe('2015-03-05');
    expect(frenchDate('1er février 2016')).toBe('2016-02-01');
    expect(frenchDate('jeudi 25 AOUT 2016')).toBe('2016-08-25');
    expect(frenchDate('12 déc. 2020')).toBe('2020-12-12');
  });
  test('keeps ISO days and refuses days that do not exist or are not dates', () => {
    expect(frenchDate('2016-11-25')).toBe('2016-11-25');
    expect(frenchDate('30/02/2016')).toBeUndefined();
    expect(frenchDate('5 brumaire 2015')).toBeUndefined();
    expect(frenchDate('bientôt')).toBeUndefined();
  });
});

describe('frenchTime', () => {
  test('reads « 9h30 », « 9 h » and « 14:00:00 »', () => {
    expect(frenchTime('9h30')).toBe('09:30');
    expect(frenchTime('9 h')).toBe('09:00');
    expect(frenchTime('14:00:00')).toBe('14:00');
    expect(frenchTime('25h')).toBeUndefined();
  });
});
