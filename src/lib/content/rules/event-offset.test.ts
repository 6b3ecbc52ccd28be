import { describe, expect, test } from 'vitest';
import { edit, VALID } from '../../../../tests/helpers/content.ts';
import { checkRecordText as check } from '../../../../tests/helpers/record.ts';
import { offsetAt } from './event-offset.ts';

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

const TIMES = 'debut: 2027-03-04T09:30:00+01:00\nfin: 2027-03-04T17:00:00+01:00';
/** The test event moved to Saint-Denis (La Réunion, UTC+4), at the times given. */
const reunion = (debut: string, fin: string) => ({
  'evenements/evenement-test.md': VALID['evenements/evenement-test.md']!
    .replace(TIMES, `debut: ${debut}\nfin: ${fin}`)
    .replace('commune: Pélussin\n  code_insee: "42168"\n  departement: "42"', 'commune: Saint-Denis\n  code_insee: "97411"\n  departement: "974"')
    .replace('departements: ["42"]', 'departements: ["974"]'),
});

describe('eventOffset, overseas and online', () => {
  test('an event overseas may be written in its own clock or in Paris time, and a wrong offset names both', () => {
    expect(check(reunion('2027-03-04T09:30:00+04:00', '2027-03-04T17:00:00+01:00'))).toEqual([]);
    expect(check(reunion('2027-03-04T09:30:00+03:00', '2027-03-04T17:00:00+04:00'))).toEqual([
      'evenements/evenement-test.md:5: debut — le décalage horaire « +03:00 » ne correspond pas ce jour-là à l’heure de Paris (« +01:00 ») ni à l’heure de La Réunion (« +04:00 ») : écrivez l’heure suivie de son décalage, par exemple 2027-03-04T09:30:00+04:00',
    ]);
  });

  test('an event online keeps Paris time, and a time written in UTC (« Z ») is never a French clock', () => {
    const inLoire = (debut: string) => check(edit('evenements/evenement-test.md', TIMES, `debut: ${debut}\nfin: 2027-03-04T17:00:00+01:00`));
    expect(check({ 'evenements/evenement-test.md': VALID['evenements/evenement-test.md']!.replace(/lieu:\n( {2}.*\n)+/, 'en_ligne: true\n') })).toEqual([]);
    expect(inLoire('2027-03-04T08:30:00Z')).toEqual([
      'evenements/evenement-test.md:5: debut — le décalage horaire « Z » ne correspond pas ce jour-là à l’heure de Paris, qui est « +01:00 » : écrivez l’heure suivie de son décalage, par exemple 2027-03-04T08:30:00+01:00',
    ]);
    expect(inLoire('2027-03-04T09:30+02:00')).toEqual([
      'evenements/evenement-test.md:5: debut — le décalage horaire « +02:00 » ne correspond pas ce jour-là à l’heure de Paris, qui est « +01:00 » : écrivez l’heure suivie de son décalage, par exemple 2027-03-04T09:30:00+01:00',
    ]);
  });
});

describe('offsetAt', () => {
  test('gives the offset a clock shows on that date, UTC included', () => {
    expect(offsetAt(new Date('2027-01-15T12:00:00Z'), 'Europe/Paris')).toBe('+01:00');
    expect(offsetAt(new Date('2027-07-15T12:00:00Z'), 'Europe/Paris')).toBe('+02:00');
    expect(offsetAt(new Date('2027-01-15T12:00:00Z'), 'Europe/London')).toBe('+00:00');
    expect(offsetAt(new Date('2027-07-15T12:00:00Z'), 'America/Cayenne')).toBe('-03:00');
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
