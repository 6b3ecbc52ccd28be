import { describe, expect, test } from 'vitest';
import { eventFacts, eventPlace, pastSentence, type EventData } from './event-facts.ts';

const base: EventData = {
  debut: { date: new Date('2015-03-05T09:30:00+01:00'), journee: false },
  fin: { date: new Date('2015-03-05T17:00:00+01:00'), journee: false },
  statut: 'prevu',
  type: 'journee_exploration',
  en_ligne: false,
  lieu: { commune: 'Pélussin', departement: '42' },
  publics: ['elus', 'professionnels'],
  places: 15,
  inscription: { email: 'contact@exemple.fr' },
};

describe('eventFacts', () => {
  test('says when, where, for whom and how many, in French', () => {
    const f = eventFacts(base);
    expect(f.quand).toBe('jeudi 5 mars 2015, 9 h 30 – 17 h');
    expect(f.datetime).toBe('2015-03-05T08:30:00.000Z');
    expect(f.ou).toBe('Pélussin (Loire)');
    expect(f.type).toBe('Journée d’exploration');
    expect(f.statut).toBeUndefined();
    expect(f.publics).toBe('Élus, Professionnels');
    expect(f.places).toBe('15 places');
    expect(f.inscription?.email).toBe('contact@exemple.fr');
  });

  test('shows a status other than planned, and no registration for a cancelled event', () => {
    expect(eventFacts({ ...base, statut: 'complet' }).statut).toBe('Complet');
    expect(eventFacts({ ...base, statut: 'reporte' }).statut).toBe('Reporté');
    expect(eventFacts(base, true).inscription).toBeUndefined();
    const cancelled = eventFacts({ ...base, statut: 'annule' });
    expect(cancelled.statut).toBe('Annulé');
    expect(cancelled.inscription).toBeUndefined();
  });

  test('a past event says it took place, and drops registration and places', () => {
    const f = eventFacts(base, true);
    expect(f.passe).toBe('Cet événement a eu lieu le jeudi 5 mars 2015, 9 h 30 – 17 h.');
    expect(f.places).toBeUndefined();
    expect(f.inscription).toBeUndefined();
    expect(eventFacts(base).passe).toBeUndefined();
    const days = {
      debut: { date: new Date('2025-06-30T00:00:00Z'), journee: true },
      fin: { date: new Date('2025-07-01T00:00:00Z'), journee: true },
    };
    expect(pastSentence(days)).toBe('Cet événement a eu lieu du lundi 30 juin 2025 au mardi 1er juillet 2025.');
  });

  test('a whole-day event keeps its day, whatever the time zone', () => {
    const f = eventFacts({
      ...base,
      debut: { date: new Date('2016-11-24T00:00:00Z'), journee: true },
      fin: { date: new Date('2016-11-25T00:00:00Z'), journee: true },
      places: 1,
    });
    expect(f.quand).toBe('du jeudi 24 novembre 2016 au vendredi 25 novembre 2016');
    expect(f.datetime).toBe('2016-11-24');
    expect(f.places).toBe('1 place');
  });
});

describe('eventPlace', () => {
  test('online, unknown or a full address', () => {
    expect(eventPlace({ en_ligne: true })).toBe('En ligne');
    expect(eventPlace({ en_ligne: false })).toBe('Lieu non précisé');
    expect(
      eventPlace({
        en_ligne: false,
        lieu: { nom: 'Salle des fêtes', adresse: '1 place de la Mairie', commune: 'Pélussin', departement: '42' },
      }),
    ).toBe('Salle des fêtes, 1 place de la Mairie, Pélussin (Loire)');
  });
});
