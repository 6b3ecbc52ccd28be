import { describe, expect, test } from 'vitest';
import { edit } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';

const event = (debut: string, fin: string) =>
  edit('evenements/evenement-test.md', 'debut: 2027-03-04T09:30:00+01:00\nfin: 2027-03-04T17:00:00+01:00', `debut: ${debut}\nfin: ${fin}`);

describe('eventOffset', () => {
  test('accepts Paris time in winter and summer, and evenings past midnight', () => {
    expect(check(event('2027-07-08T09:30:00+02:00', '2027-07-08T17:00:00+02:00'))).toEqual([]);
    expect(check(event('2027-01-15T20:00:00+01:00', '2027-01-16T01:00:00+01:00'))).toEqual([]);
    // The day clocks change: 02:30 does not exist in Paris, 03:30+02:00 does.
    expect(check(event('2027-03-28T01:30:00+01:00', '2027-03-28T03:30:00+02:00'))).toEqual([]);
  });

  test('reports an offset that is not Paris time on that date', () => {
    expect(check(event('2027-07-08T09:30:00+01:00', '2027-07-08T17:00:00+02:00'))).toEqual([
      'evenements/evenement-test.md:5: debut — le décalage horaire « +01:00 » ne correspond pas ce jour-là à l’heure de Paris, qui est « +02:00 » : écrivez l’heure suivie de son décalage, par exemple 2027-07-08T09:30:00+02:00',
    ]);
  });
});

describe('momentField (schema)', () => {
  test('keeps a datetime at 00:00 UTC a datetime, and refuses impossible dates instead of rolling them over', () => {
    expect(check(event('2027-01-15T22:00:00+01:00', '2027-01-16T01:00:00+01:00'))).toEqual([]);
    expect(check(event('2027-02-29T09:30:00+01:00', '2027-02-29T17:00:00+01:00'))[0]).toContain('debut — cette date et heure n’existe pas dans le calendrier');
    expect(check(event('2028-02-29T09:30:00+01:00', '2028-02-29T17:00:00+01:00'))).toEqual([]);
    expect(check(event('2027-03-04T24:00:00+01:00', '2027-03-04T17:00:00+01:00'))[0]).toContain('debut — cette date et heure n’existe pas');
    expect(check(event('2027-03-04', '2027-03-06'))).toEqual([]);
  });
});
