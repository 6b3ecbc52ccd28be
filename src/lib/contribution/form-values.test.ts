import { describe, expect, test } from 'vitest';
import { fieldId, parisMoment } from './form-values.ts';

describe('fieldId', () => {
  test('joins the path with hyphens', () => {
    expect(fieldId(['animateurs', 0, 'nom'])).toBe('f-animateurs-0-nom');
  });
});

describe('parisMoment', () => {
  test('adds the Paris offset of that date: +01:00 in winter, +02:00 in summer', () => {
    expect(parisMoment('2027-03-04', '09:30')).toBe('2027-03-04T09:30:00+01:00');
    expect(parisMoment('2027-07-01', '14:00')).toBe('2027-07-01T14:00:00+02:00');
    // The morning after the spring change (28 March 2027, 2 a.m.).
    expect(parisMoment('2027-03-28', '10:00')).toBe('2027-03-28T10:00:00+02:00');
  });

  test('keeps a day alone for an all-day event, and nothing without a day', () => {
    expect(parisMoment('2027-03-04', '')).toBe('2027-03-04');
    expect(parisMoment('', '10:00')).toBeUndefined();
  });
});
